package org.muni311.contracts.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The webhook signature as both sides write and check it. */
class WebhookSignatureTest {

	private static final String SECRET = "shared-secret";

	private static final Instant AT = Instant.parse("2026-12-02T07:30:00Z");

	private static final byte[] BODY = "{\"post_id\":\"p-1\",\"text\":\"Pothole\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsTheTimestampAndTheBodyInAFixedFormat() {
		// computed apart (Python's hmac): a platform written from the description must
		// compute the same
		assertThat(WebhookSignature.sign(SECRET, AT, BODY))
			.isEqualTo("t=1796196600,v1=20b03de2ee571278f72b50b9e6c399997200d0c22ddc2d6933a5084958e33640");
	}

	@Test
	void acceptsAGoodSignatureWithinTheToleranceEitherWay() {
		String header = WebhookSignature.sign(SECRET, AT, BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, AT)).isTrue();
		assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plus(WebhookSignature.TOLERANCE))).isTrue();
		assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.minus(WebhookSignature.TOLERANCE))).isTrue();
	}

	@Test
	void refusesATamperedBody() {
		String header = WebhookSignature.sign(SECRET, AT, BODY);
		byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("p-1", "p-2")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(WebhookSignature.verify(SECRET, header, tampered, AT)).isFalse();
	}

	@Test
	void refusesAnotherSecret() {
		assertThat(WebhookSignature.verify(SECRET, WebhookSignature.sign("guess", AT, BODY), BODY, AT)).isFalse();
	}

	@Test
	void refusesAnOldOrFutureTimestamp() {
		String header = WebhookSignature.sign(SECRET, AT, BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plus(WebhookSignature.TOLERANCE).plusSeconds(1)))
			.as("replayed later")
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.minus(WebhookSignature.TOLERANCE).minusSeconds(1)))
			.as("from the future")
			.isFalse();
	}

	@Test
	void refusesATimestampChangedToLookRecent() {
		String old = WebhookSignature.sign(SECRET, AT.minusSeconds(3600), BODY);
		String moved = old.replaceFirst("t=[0-9]+", "t=" + AT.getEpochSecond());

		assertThat(WebhookSignature.verify(SECRET, moved, BODY, AT)).isFalse();
	}

	@Test
	void refusesAMalformedOrMissingHeader() {
		String good = WebhookSignature.sign(SECRET, AT, BODY);
		String mac = good.substring(good.indexOf("v1=") + 3);

		assertThat(WebhookSignature.verify(SECRET, null, BODY, AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "", BODY, AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "sha256=" + mac, BODY, AT)).as("the old scheme").isFalse();
		assertThat(WebhookSignature.verify(SECRET, "v1=" + mac + ",t=" + AT.getEpochSecond(), BODY, AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "t=abc,v1=" + mac, BODY, AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, good.substring(0, good.length() - 2), BODY, AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, good.toUpperCase(), BODY, AT)).isFalse();
	}

	@Test
	void refusesWhenThereIsNoSecret() {
		String header = WebhookSignature.sign(SECRET, AT, BODY);

		assertThat(WebhookSignature.verify(null, header, BODY, AT)).isFalse();
		assertThat(WebhookSignature.verify("", header, BODY, AT)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.sign("", AT, BODY));
	}

}
