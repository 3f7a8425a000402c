package org.muni311.notification.subscription;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeTokensTest {

	private final UnsubscribeTokens tokens = new UnsubscribeTokens(
			new LinkProperties(URI.create("https://notify.example/"), "a-secret-of-at-least-thirty-two-chars!"));

	@Test
	void readsBackWhomATokenItSignedUnsubscribes() {
		String token = this.tokens.token("demo", "R1", "s1");

		assertThat(this.tokens.read(token)).contains(new UnsubscribeTokens.Holder("demo", "R1", "s1"));
		assertThat(this.tokens.link("demo", "R1", "s1")).isEqualTo("https://notify.example/unsubscribe/" + token);
	}

	@Test
	void refusesATokenForAnotherSubscriberOrSignedWithAnotherSecret() {
		String token = this.tokens.token("demo", "R1", "s1");
		String forged = this.tokens.token("demo", "R1", "s2").split("\\.")[0] + "." + token.split("\\.")[1];
		UnsubscribeTokens other = new UnsubscribeTokens(
				new LinkProperties(URI.create("https://notify.example"), "another-secret-of-thirty-two-chars!!"));

		assertThat(this.tokens.read(forged)).isEmpty();
		assertThat(this.tokens.read(other.token("demo", "R1", "s1"))).isEmpty();
		assertThat(this.tokens.read("garbage")).isEmpty();
		assertThat(this.tokens.read("%%%.%%%")).isEmpty();
	}

}
