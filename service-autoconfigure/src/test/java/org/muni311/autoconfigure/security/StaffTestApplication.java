package org.muni311.autoconfigure.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A service in miniature: the web, security and staff auto-configurations only (no Kafka,
 * no store), a JWT issuer of its own, a chain of its own for crew paths, an admin
 * endpoint that checks municipalities with {@link StaffAccess}, one that relies on the
 * filter chain alone, and open Open311 paths.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, ValidationAutoConfiguration.class,
		TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, SecurityAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, StaffSecurityAutoConfiguration.class })
@Import({ StaffTestApplication.Endpoints.class, StaffTestApplication.CatchAll.class })
class StaffTestApplication {

	/** The identity provider's key pair: the service trusts the public half. */
	static final KeyPair ISSUER = rsaKeys();

	/**
	 * A chain a service adds for paths of its own, as the routing service will for crews.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain crewChain(HttpSecurity http, StaffSignIn signIn, StaffAccess access) throws Exception {
		signIn.applyTo(http.securityMatcher("/crew/**"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/crew/{jurisdiction}/**")
				.access((authentication, context) -> new AuthorizationDecision(
						access.holds(authentication.get(), context.getVariables().get("jurisdiction"), StaffRole.CREW)))
				.anyRequest()
				.denyAll());
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder() {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
	}

	/** The audience the service takes tokens for (staff-users-test.properties). */
	static final String AUDIENCE = "muni311-test";

	/**
	 * A token signed with {@code keys} for {@link #AUDIENCE}, for {@code subject} with
	 * these platform roles and roles per municipality.
	 */
	static String token(KeyPair keys, String subject, List<String> roles, Map<String, List<String>> municipalities) {
		return token(keys, subject, roles, municipalities, List.of(AUDIENCE));
	}

	/** A token as {@link #token(KeyPair, String, List, Map)}, for {@code audience}. */
	static String token(KeyPair keys, String subject, List<String> roles, Map<String, List<String>> municipalities,
			List<String> audience) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claim("roles", roles)
			.claim("municipalities", municipalities);
		if (!audience.isEmpty()) {
			builder.audience(audience);
		}
		JwtClaimsSet claims = builder.build();
		return NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@RestController
	static class Endpoints {

		private final StaffAccess access;

		Endpoints(StaffAccess access) {
			this.access = access;
		}

		@GetMapping(path = "/admin/test/{jurisdiction}", produces = MediaType.APPLICATION_JSON_VALUE)
		Map<String, String> readMunicipality(@PathVariable String jurisdiction, Authentication authentication) {
			this.access.requireAdministrator(authentication, jurisdiction);
			return Map.of("jurisdiction", jurisdiction, "by", this.access.name(authentication));
		}

		/** Checks nothing itself: the filter chain guards the municipality. */
		@GetMapping("/admin/v1/municipalities/{jurisdictionId}/settings")
		Map<String, String> settings(@PathVariable String jurisdictionId) {
			return Map.of("jurisdiction", jurisdictionId);
		}

		@GetMapping("/crew/{jurisdiction}/work")
		List<String> crewWork(Authentication authentication) {
			return List.of("work for " + this.access.name(authentication));
		}

		@GetMapping("/open311/v2/services.json")
		List<String> openRead() {
			return List.of("pothole");
		}

		@PostMapping("/open311/v2/requests.json")
		ResponseEntity<List<String>> openFormPost() {
			return ResponseEntity.status(HttpStatus.CREATED).body(List.of("R1"));
		}

	}

	/**
	 * A service's catch-all handler, as services tend to grow: must not turn a refusal
	 * into a 500.
	 */
	@RestControllerAdvice
	static class CatchAll {

		@ExceptionHandler
		ResponseEntity<String> anything(RuntimeException ex) {
			return ResponseEntity.internalServerError().body("caught by the service: " + ex);
		}

	}

}
