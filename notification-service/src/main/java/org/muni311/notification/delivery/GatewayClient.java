package org.muni311.notification.delivery;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * POSTs JSON to a provider's HTTP API with timeouts, and says how a failure counts: 429,
 * 5xx, a timeout or a refused connection are transient; any other 4xx is permanent.
 */
final class GatewayClient {

	private final RestClient client;

	GatewayClient(Duration connectTimeout, Duration readTimeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	/**
	 * POSTs {@code json} to {@code url}; returns why it failed, or {@code null} once the
	 * provider took it.
	 */
	Failure post(String url, String json, Consumer<HttpHeaders> headers) {
		try {
			this.client.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.headers(headers)
				.body(json)
				.retrieve()
				.toBodilessEntity();
			return null;
		}
		catch (HttpStatusCodeException ex) {
			int status = ex.getStatusCode().value();
			boolean again = ex.getStatusCode().is5xxServerError() || status == HttpStatus.TOO_MANY_REQUESTS.value();
			return new Failure(!again, "Gateway answered " + status);
		}
		catch (ResourceAccessException ex) {
			return Failure.transientFailure(ex);
		}
	}

	static boolean configured(String setting) {
		return setting != null && !setting.isBlank();
	}

	/**
	 * Sends each delivery with {@code sendOne}, answering the failures by delivery id. A
	 * transient failure holds the rest of the batch too (the gateway is down: they are
	 * retried together), and with no URL configured every delivery fails for good with
	 * {@code notConfigured}.
	 */
	static Map<String, Failure> sendEach(List<Delivery> deliveries, String url, String notConfigured,
			Function<Delivery, Failure> sendOne) {
		Map<String, Failure> failures = new HashMap<>();
		Failure down = !configured(url) ? Failure.permanentFailure(new IllegalStateException(notConfigured)) : null;
		for (Delivery delivery : deliveries) {
			Failure failure = (down != null) ? down : sendOne.apply(delivery);
			if (failure != null) {
				failures.put(delivery.id(), failure);
				down = failure.permanent() ? down : failure;
			}
		}
		return failures;
	}

}
