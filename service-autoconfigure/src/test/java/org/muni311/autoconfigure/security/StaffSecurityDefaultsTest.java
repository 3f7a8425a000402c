package org.muni311.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a service gets with nothing configured, and how it replaces or widens the staff
 * chain.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffSecurityDefaultsTest {

	private static final String GENERATED = "generated security password";

	private final WebApplicationContextRunner boot = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, ValidationAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
				SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class));

	private final WebApplicationContextRunner service = this.boot
		.withConfiguration(AutoConfigurations.of(StaffSecurityAutoConfiguration.class));

	@Test
	void letsNobodySignInAndGeneratesNoPasswordWhenNoStaffIsConfigured(CapturedOutput output) {
		this.service.withPropertyValues("spring.security.user.name=user").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(UserDetailsService.class);
			assertThatExceptionOfType(UsernameNotFoundException.class)
				.isThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername("user"));
			assertThat(context.getBean(StaffSignIn.class).acceptsJwt()).isFalse();
		});
		assertThat(output).doesNotContain(GENERATED);
	}

	@Test
	void bootAloneWouldHaveGeneratedAPasswordForTheSameSettings(CapturedOutput output) {
		// the control for the test above, whose assertions can fail: with the resource
		// server on the class path
		// Boot makes its "user" only once spring.security.user.* is set, and then logs
		// the password it generated
		this.boot.withPropertyValues("spring.security.user.name=user").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(((InMemoryUserDetailsManager) context.getBean(UserDetailsService.class)).userExists("user"))
				.isTrue();
		});
		assertThat(output).contains(GENERATED);
	}

	@Test
	void refusesToStartWithAPasswordThatDoesNotNameItsEncoding() {
		this.service
			.withPropertyValues("muni311.security.users[0].username=alice",
					"muni311.security.users[0].password=alice-secret", "muni311.security.users[0].roles=PLATFORM_ADMIN")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("must name its encoding"));
	}

	@Test
	void refusesToStartWithARoleOfAMunicipalityGivenForEveryMunicipality() {
		this.service
			.withPropertyValues("muni311.security.users[0].username=alice",
					"muni311.security.users[0].password={noop}alice-secret",
					"muni311.security.users[0].roles=MUNICIPALITY_ADMIN")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("MUNICIPALITY_ADMIN holds in a municipality"));
	}

	@Test
	void acceptsBearerTokensOnceAJwkSetAndAnAudienceAreConfigured() {
		this.service
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/jwks",
					"muni311.security.jwt.audience=muni311")
			.run((context) -> assertThat(context.getBean(StaffSignIn.class).acceptsJwt()).isTrue());
	}

	@Test
	void refusesToStartAcceptingBearerTokensWithoutAnAudience() {
		this.service.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/jwks")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("muni311.security.jwt.audience is not set"));
	}

	@Test
	void stepsAsideForAServiceOwnStaffChain() {
		this.service.withUserConfiguration(OwnChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(SecurityFilterChain.class);
			assertThat(context.getBean(OwnChain.class).built).isTrue();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		boolean built;

		@Bean
		SecurityFilterChain staffSecurityFilterChain(HttpSecurity http, StaffSignIn signIn) throws Exception {
			this.built = true;
			return signIn.applyTo(http).authorizeHttpRequests((requests) -> requests.anyRequest().denyAll()).build();
		}

	}

}
