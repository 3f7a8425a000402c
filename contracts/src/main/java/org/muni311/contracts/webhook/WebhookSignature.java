package org.muni311.contracts.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call, both ways (a social platform's post to intake,
 * notification's reply to the platform): the header {@value #HEADER} holds
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} under the secret the two
 * sides share. The receiver accepts it within {@link #TOLERANCE} of its own clock, so a
 * captured call cannot be replayed later, and the timestamp cannot be changed without
 * breaking the signature.
 */
public final class WebhookSignature {

	/** The header carrying the signature. */
	public static final String HEADER = "X-Muni311-Signature";

	/** How far the timestamp may be from the receiver's clock, either way. */
	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	private static final Pattern FORMAT = Pattern.compile("t=([0-9]{1,12}),v1=([0-9a-f]{64})");

	private WebhookSignature() {
	}

	/**
	 * The header value signing {@code body} at {@code at}.
	 * @throws IllegalArgumentException if {@code secret} is empty: HMAC under an empty
	 * key proves nothing
	 */
	public static String sign(String secret, Instant at, byte[] body) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("No secret to sign with");
		}
		long seconds = at.getEpochSecond();
		return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
	}

	/**
	 * Whether {@code header} signs {@code body} under {@code secret} at a time within
	 * {@link #TOLERANCE} of {@code now}; {@code false} for a missing or malformed header,
	 * and when there is no secret.
	 */
	public static boolean verify(String secret, String header, byte[] body, Instant now) {
		if (secret == null || secret.isEmpty() || header == null) {
			return false;
		}
		Matcher parts = FORMAT.matcher(header.strip());
		if (!parts.matches()) {
			return false;
		}
		long seconds = Long.parseLong(parts.group(1));
		if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
			return false;
		}
		// constant time: how much of a guess matched must not show in how long the answer
		// takes
		return MessageDigest.isEqual(mac(secret, seconds, body), HexFormat.of().parseHex(parts.group(2)));
	}

	private static byte[] mac(String secret, long seconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every JVM has HmacSHA256", ex);
		}
	}

}
