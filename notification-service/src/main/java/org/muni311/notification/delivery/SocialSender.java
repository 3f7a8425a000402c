package org.muni311.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Replies on the social channel a request came from, through the webhook of {@link SenderProperties.Social}: a
 * JSON {@code {reference, jurisdictionId, requestId, handle, text}} signed with HMAC-SHA256 of the body in
 * {@code X-Muni311-Signature: sha256=<hex>}, so the receiver knows the reply comes from this platform.
 */
@Component
class SocialSender implements ChannelSender {

	/** The header carrying the body's signature. */
	static final String SIGNATURE = "X-Muni311-Signature";

	private final SenderProperties.Social settings;

	private final JsonMapper json;

	private final GatewayClient webhook;

	SocialSender(SenderProperties senders, JsonMapper json) {
		this.settings = senders.social();
		this.json = json;
		this.webhook = new GatewayClient(this.settings.connectTimeout(), this.settings.readTimeout());
	}

	@Override
	public String channel() {
		return "social";
	}

	@Override
	public Map<String, Failure> send(List<Delivery> deliveries) {
		return GatewayClient.sendEach(deliveries, this.settings.webhookUrl(), "No social webhook configured", this::sendOne);
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
			headers.set(SIGNATURE, "sha256=" + sign(body));
		});
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every JVM has HmacSHA256", ex);
		}
	}

}
