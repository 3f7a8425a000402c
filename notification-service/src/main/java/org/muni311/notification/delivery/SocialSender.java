package org.muni311.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.muni311.contracts.webhook.WebhookSignature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Replies on the social channel a request came from, through the webhook of
 * {@link SenderProperties.Social}: a JSON {@code {reference, jurisdictionId, requestId,
 * handle, text}} signed as {@link WebhookSignature} says (the scheme a platform's posts
 * to intake use), so the receiver knows the reply comes from this platform, and recently.
 */
@Component
class SocialSender implements ChannelSender {

	private final SenderProperties.Social settings;

	private final JsonMapper json;

	private final GatewayClient webhook;

	private final Clock clock;

	SocialSender(SenderProperties senders, JsonMapper json, Clock clock) {
		this.settings = senders.social();
		this.json = json;
		this.clock = clock;
		this.webhook = new GatewayClient(this.settings.connectTimeout(), this.settings.readTimeout());
	}

	@Override
	public String channel() {
		return "social";
	}

	@Override
	public Map<String, Failure> send(List<Delivery> deliveries) {
		return GatewayClient.sendEach(deliveries, this.settings.webhookUrl(), "No social webhook configured",
				this::sendOne);
	}

	private Failure sendOne(Delivery delivery) {
		Map<String, String> reply = new LinkedHashMap<>();
		reply.put("reference", delivery.id());
		reply.put("jurisdictionId", delivery.tenant());
		reply.put("requestId", delivery.requestId());
		reply.put("handle", delivery.recipient());
		reply.put("text", delivery.content().sms());
		String body = this.json.writeValueAsString(reply);
		return this.webhook.post(this.settings.webhookUrl(), body, (headers) -> {
			headers.set("Idempotency-Key", delivery.id());
			// signed at each attempt: a retry hours later carries a time the receiver
			// still accepts
			headers.set(WebhookSignature.HEADER, WebhookSignature.sign(this.settings.secret(), this.clock.instant(),
					body.getBytes(StandardCharsets.UTF_8)));
		});
	}

}
