package org.muni311.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe tokens: which subscriber of which request, signed (HMAC-SHA256) with a
 * secret of this service, so a token cannot be guessed or altered and needs no store
 * lookup to check. It holds ids only, no contact data.
 */
@Component
@EnableConfigurationProperties(LinkProperties.class)
public class UnsubscribeTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int SIGNATURE_BYTES = 16;

	private static final String CONFIRM = "confirm:";

	private final SecretKeySpec key;

	private final String publicUrl;

	UnsubscribeTokens(LinkProperties links) {
		if (links.unsubscribeSecret() == null || links.unsubscribeSecret().length() < LinkProperties.SECRET_LENGTH) {
			throw new IllegalStateException(LinkProperties.SECRET_REQUIRED);
		}
		this.key = new SecretKeySpec(links.unsubscribeSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.publicUrl = links.publicUrl().toString().replaceAll("/+$", "");
	}

	/**
	 * The link that unsubscribes {@code subscriberId} from {@code requestId} of
	 * {@code tenant}.
	 */
	public String link(String tenant, String requestId, String subscriberId) {
		return this.publicUrl + "/unsubscribe/" + token(tenant, requestId, subscriberId);
	}

	/**
	 * The link that confirms follower {@code subscriberId} (double opt-in): a token of
	 * its own, which the unsubscribe link does not take.
	 */
	public String confirmLink(String tenant, String requestId, String subscriberId) {
		return this.publicUrl + "/confirm/" + token(tenant, requestId, CONFIRM + subscriberId);
	}

	/** The follower a confirmation token names, if it is one and holds. */
	Optional<Holder> readConfirmation(String token) {
		return read(token).filter((holder) -> holder.subscriberId().startsWith(CONFIRM))
			.map((holder) -> new Holder(holder.tenant(), holder.requestId(),
					holder.subscriberId().substring(CONFIRM.length())));
	}

	String token(String tenant, String requestId, String subscriberId) {
		byte[] holder = String.join("\n", tenant, requestId, subscriberId).getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(holder) + "." + ENCODER.encodeToString(sign(holder));
	}

	/** Whom {@code token} unsubscribes, if it is one this service signed. */
	Optional<Holder> read(String token) {
		try {
			int dot = token.indexOf('.');
			if (dot < 0) {
				return Optional.empty();
			}
			byte[] holder = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(sign(holder), signature)) {
				return Optional.empty();
			}
			String[] parts = new String(holder, StandardCharsets.UTF_8).split("\n", -1);
			return (parts.length == 3) ? Optional.of(new Holder(parts[0], parts[1], parts[2])) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(byte[] holder) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Arrays.copyOf(mac.doFinal(holder), SIGNATURE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every JVM has HmacSHA256", ex);
		}
	}

	/**
	 * @param tenant the municipality
	 * @param requestId the request
	 * @param subscriberId the subscriber
	 */
	record Holder(String tenant, String requestId, String subscriberId) {
	}

}
