package org.muni311.intake.agent.console;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reads the messages sent about a request from the notification service's delivery log
 * ({@code GET /agent/v1/municipalities/{id}/requests/{rid}/deliveries}), signed in with
 * the console's service credential. Recipients arrive masked. The timeline is shown
 * without them when the log is not configured, slow, refuses or fails: empty then, never
 * an error page.
 */
@Component
class DeliveryLog {

	private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

	private final ConsoleProperties properties;

	private final JsonMapper json;

	private final RestClient client;

	DeliveryLog(ConsoleProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(properties.timeout());
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	/**
	 * The messages sent about {@code requestId} of {@code tenant}, oldest first; empty
	 * when unavailable.
	 */
	Optional<List<Sent>> sent(String tenant, String requestId) {
		if (!this.properties.hasNotificationService()) {
			return Optional.empty();
		}
		try {
			String body = this.client.get()
				.uri(this.properties.notificationUrl() + "/agent/v1/municipalities/{tenant}/requests/{id}/deliveries",
						tenant, requestId)
				.accept(MediaType.APPLICATION_JSON)
				.headers((headers) -> {
					if (this.properties.username() != null) {
						headers.setBasicAuth(this.properties.username(), this.properties.password());
					}
				})
				.retrieve()
				.body(String.class);
			return Optional.of(Arrays.asList(this.json.readValue((body != null) ? body : "[]", Sent[].class)));
		}
		catch (RestClientException | JacksonException | IllegalArgumentException ex) {
			// the request id and the kind of failure only: the log's answer may hold
			// recipients
			log.warn("Delivery log unavailable for request {} of {}: {}", requestId, tenant, why(ex));
			return Optional.empty();
		}
	}

	/**
	 * Why the call failed, without the answer's body: an I/O error's cause (a
	 * timeout...), or the HTTP status.
	 */
	private static String why(Exception failure) {
		if (failure instanceof ResourceAccessException && failure.getCause() != null) {
			return failure.getCause().toString();
		}
		if (failure instanceof RestClientResponseException answer) {
			return "HTTP " + answer.getStatusCode().value();
		}
		return failure.getClass().getSimpleName();
	}

	/**
	 * One message as the delivery log lists it (its other fields are ignored).
	 *
	 * @param kind which notice
	 * @param channel {@code email}, {@code sms} or {@code social}
	 * @param recipient masked address or number
	 * @param state {@code PENDING}, {@code SENT} or {@code FAILED}
	 * @param occurredAt when the event happened
	 * @param updatedAt when the state last changed
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Sent(String kind, String channel, String recipient, String state, Instant occurredAt, Instant updatedAt) {
	}

}
