package org.muni311.intake.social;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's signature: {@code sha256=} and the hex HMAC-SHA256, under the municipality's shared secret, of
 * the timestamp, a dot and the raw body. The timestamp (epoch seconds) must be within {@link #TOLERANCE}, so a
 * captured call cannot be replayed later.
 */
final class WebhookSignature {

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private WebhookSignature() {
	}

	static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Every JVM has HmacSHA256", ex);
		}
	}

	/** Whether {@code signature} signs {@code body} at {@code timestamp}, and the timestamp is recent. */
	static boolean valid(String secret, String timestamp, String signature, byte[] body, Instant now) {
		if (secret == null || timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")) {
			return false;
		}
		Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
		if (Duration.between(at, now).abs().compareTo(TOLERANCE) > 0) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
