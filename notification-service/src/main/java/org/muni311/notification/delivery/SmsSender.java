package org.muni311.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Text messages through the HTTP gateway of {@link SenderProperties.Sms}: {@code POST
 * {baseUrl}/messages}. A transient failure (see {@link GatewayClient}) holds the rest of
 * the batch too: the gateway is down. Each message carries its delivery id as
 * {@code Idempotency-Key}, so a gateway that honours it drops the copy a retry after a
 * lost answer would send.
 */
@Component
class SmsSender implements ChannelSender {

	private final SenderProperties.Sms settings;

	private final JsonMapper json;

	private final GatewayClient gateway;

	SmsSender(SenderProperties senders, JsonMapper json) {
		this.settings = senders.sms();
		this.json = json;
		this.gateway = new GatewayClient(this.settings.connectTimeout(), this.settings.readTimeout());
	}

	@Override
	public String channel() {
		return "sms";
	}

	@Override
	public Map<String, Failure> send(List<Delivery> deliveries) {
		return GatewayClient.sendEach(deliveries, this.settings.baseUrl(), "No SMS gateway configured", this::sendOne);
	}

	private Failure sendOne(Delivery delivery) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", delivery.recipient());
		body.put("from", this.settings.from());
		body.put("text", delivery.content().sms());
		body.put("reference", delivery.id());
		return this.gateway.post(this.settings.baseUrl().replaceAll("/+$", "") + "/messages",
				this.json.writeValueAsString(body), (headers) -> {
					headers.set("Idempotency-Key", delivery.id());
					if (GatewayClient.configured(this.settings.username())) {
						headers.setBasicAuth(this.settings.username(),
								(this.settings.password() != null) ? this.settings.password() : "",
								StandardCharsets.UTF_8);
					}
				});
	}

}
