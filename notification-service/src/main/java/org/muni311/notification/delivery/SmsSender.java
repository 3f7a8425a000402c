package org.muni311.notification.delivery;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Text messages through the HTTP gateway of {@link SenderProperties.Sms}. An answer of 429 or 5xx, a timeout or a
 * refused connection is transient (and the rest of the batch waits with it: the gateway is down); any other 4xx
 * is permanent (a number the gateway refuses). Each message carries its delivery id as {@code Idempotency-Key}, so
 * a gateway that honours it drops the copy a retry after a lost answer would send.
 */
@Component
class SmsSender implements ChannelSender {

	private final SenderProperties.Sms settings;

	private final JsonMapper json;

	private final RestClient gateway;

	SmsSender(SenderProperties senders, JsonMapper json) {
		this.settings = senders.sms();
		this.json = json;
		HttpClient http = HttpClient.newBuilder().connectTimeout(this.settings.connectTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(this.settings.readTimeout());
		RestClient.Builder builder = RestClient.builder().requestFactory(requests);
		if (configured(this.settings.baseUrl())) {
			builder.baseUrl(this.settings.baseUrl());
		}
		if (configured(this.settings.username())) {
			builder.defaultHeaders((headers) -> headers.setBasicAuth(this.settings.username(),
					(this.settings.password() != null) ? this.settings.password() : "", StandardCharsets.UTF_8));
		}
		this.gateway = builder.build();
	}

	@Override
	public String channel() {
		return "sms";
	}

	@Override
	public Map<String, Failure> send(List<Delivery> deliveries) {
		Map<String, Failure> failures = new HashMap<>();
		Failure down = !configured(this.settings.baseUrl())
				? Failure.permanentFailure(new IllegalStateException("No SMS gateway configured")) : null;
		for (Delivery delivery : deliveries) {
			if (down != null) {
				failures.put(delivery.id(), down);
				continue;
			}
			Failure failure = sendOne(delivery);
			if (failure != null) {
				failures.put(delivery.id(), failure);
				down = failure.permanent() ? null : failure;
			}
		}
		return failures;
	}

	private static boolean configured(String setting) {
		return setting != null && !setting.isBlank();
	}

	private Failure sendOne(Delivery delivery) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", delivery.recipient());
		body.put("from", this.settings.from());
		body.put("text", delivery.content().sms());
		body.put("reference", delivery.id());
		try {
			this.gateway.post()
				.uri("/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", delivery.id())
				.body(this.json.writeValueAsString(body))
				.retrieve()
				.toBodilessEntity();
			return null;
		}
		catch (HttpStatusCodeException ex) {
			boolean transientAnswer = ex.getStatusCode().is5xxServerError()
					|| ex.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value();
			return new Failure(!transientAnswer, "Gateway answered " + ex.getStatusCode().value());
		}
		catch (ResourceAccessException ex) {
			return Failure.transientFailure(ex);
		}
	}

}
