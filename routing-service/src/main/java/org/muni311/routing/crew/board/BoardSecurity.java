package org.muni311.routing.crew.board;

import org.muni311.autoconfigure.security.StaffAccess;
import org.muni311.autoconfigure.security.StaffSecurityAutoConfiguration;
import org.muni311.autoconfigure.web.StaffPages;
import org.muni311.routing.crew.api.CrewAuthorization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Signs crews and supervisors in to {@code /board/**} with the shared sign-in page, and
 * lets each into the municipalities the crew API lets them into
 * ({@link CrewAuthorization}), checked before any controller runs. Somebody signed in but
 * refused sees {@value #REFUSED}, in their language, with status 403; so does a crew
 * member asking for an item or queue of a department it is not bound to
 * ({@link BoardRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class BoardSecurity {

	/** The page shown to somebody signed in who may not see what was asked for. */
	static final String REFUSED = "/board/refused";

	@Bean
	@Order(StaffSecurityAutoConfiguration.STAFF_CHAIN_ORDER - 20)
	SecurityFilterChain crewBoard(HttpSecurity http, StaffPages pages, StaffAccess access) throws Exception {
		CrewAuthorization crews = new CrewAuthorization(access);
		pages.applyTo(http, "/board", "/board/**")
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage(REFUSED))
			.authorizeHttpRequests((requests) -> requests
				// the form login's own permitAll matches its page only without a query,
				// so not /sign-in?lang=fr
				.requestMatchers(StaffPages.SIGN_IN, StaffPages.SIGN_OUT)
				.permitAll()
				.requestMatchers(REFUSED)
				.authenticated()
				.requestMatchers("/board")
				.access((authentication,
						context) -> new AuthorizationDecision(crews.worksOnQueues(authentication.get())))
				.requestMatchers("/board/{" + CrewAuthorization.JURISDICTION + "}",
						"/board/{" + CrewAuthorization.JURISDICTION + "}/**")
				.access(crews)
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
