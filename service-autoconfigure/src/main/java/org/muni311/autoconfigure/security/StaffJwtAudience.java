package org.muni311.autoconfigure.security;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Refuses a Bearer JWT whose audience ({@code aud}) names none of
 * {@code muni311.security.jwt.audience}, whatever decoder verified its signature (Boot's
 * from the issuer, or a service's own): a token the same identity provider issued to
 * another application must not sign anybody in here. Answers 401 {@code invalid_token}.
 */
final class StaffJwtAudience implements JwtDecoder {

	private final JwtDecoder decoder;

	private final List<String> audience;

	private StaffJwtAudience(JwtDecoder decoder, List<String> audience) {
		this.decoder = decoder;
		this.audience = List.copyOf(audience);
	}

	/**
	 * {@code decoder} checking the audience too; {@code null} for no decoder.
	 * @throws IllegalStateException when tokens are accepted but no audience is set
	 */
	static JwtDecoder checking(JwtDecoder decoder, List<String> audience) {
		if (decoder == null) {
			return null;
		}
		if (audience.isEmpty()) {
			throw new IllegalStateException("Bearer tokens are accepted (spring.security.oauth2.resourceserver.jwt.*) "
					+ "but muni311.security.jwt.audience is not set: name the audience (aud) the identity provider "
					+ "issues Muni311's tokens to, such as its client id");
		}
		return new StaffJwtAudience(decoder, audience);
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = this.decoder.decode(token);
		List<String> named = jwt.getAudience();
		if (named == null || named.stream().noneMatch(this.audience::contains)) {
			OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
					"The token's audience " + ((named != null) ? named : "[]") + " is not Muni311's", null);
			throw new JwtValidationException(error.getDescription(), List.of(error));
		}
		return jwt;
	}

}
