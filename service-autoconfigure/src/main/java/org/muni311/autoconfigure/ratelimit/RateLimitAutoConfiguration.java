package org.muni311.autoconfigure.ratelimit;

import java.time.Clock;

import org.muni311.autoconfigure.web.StaffPages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The rate limits of {@code muni311.rate-limits.*} ({@link RateLimits},
 * {@link ConcurrencyLimits}) and, in a web service, the {@link SignInThrottle} ahead of
 * Spring Security's filters.
 */
@AutoConfiguration(afterName = "org.muni311.autoconfigure.mongo.StoreAutoConfiguration")
// the clock is StoreAutoConfiguration's
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RateLimits rateLimits(RateLimitProperties properties, Clock clock) {
		return new RateLimits(properties, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	ConcurrencyLimits concurrencyLimits(RateLimitProperties properties) {
		return new ConcurrencyLimits(properties);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	RateLimitProblems rateLimitProblems() {
		return new RateLimitProblems();
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<SignInThrottle> signInThrottle(RateLimits limits, MessageSource messages,
			ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(
				new SignInThrottle(limits, StaffPages.SIGN_IN, messages, locales.getIfAvailable()));
		// ahead of Spring Security, which checks the password
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
