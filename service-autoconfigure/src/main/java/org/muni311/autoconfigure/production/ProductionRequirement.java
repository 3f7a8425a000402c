package org.muni311.autoconfigure.production;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Something the {@code production} profile needs before a service may start: a secret, a
 * setting, or a setting it must not have. Every module contributes its own in
 * {@code META-INF/spring.factories} under this interface's name; {@link ProductionCheck}
 * asks them all and refuses to start with every problem they report.
 */
@FunctionalInterface
public interface ProductionRequirement {

	/**
	 * What is missing or wrong in {@code environment}, one line each naming the property
	 * and the environment variable that sets it; empty when nothing is.
	 * @param environment the service's environment, profiles and defaults applied
	 * @return the problems found
	 */
	List<String> problems(Environment environment);

	/**
	 * A secret that must be set (not blank).
	 * @param property the property, e.g.
	 * {@code muni311.notification.links.unsubscribe-secret}
	 * @param variable the environment variable deployments set it with
	 * @param what what it is, for the message
	 * @return the requirement
	 */
	static ProductionRequirement secret(String property, String variable, String what) {
		return (environment) -> StringUtils.hasText(environment.getProperty(property)) ? List.of()
				: List.of(property + " (" + variable + "): " + what);
	}

	/**
	 * A secret that must be set when {@code whenSet} is: a gateway's credentials when its
	 * channel is on.
	 * @param property the secret's property
	 * @param variable the environment variable deployments set it with
	 * @param whenSet the property that turns the channel on
	 * @param what what it is, for the message
	 * @return the requirement
	 */
	static ProductionRequirement secretWhen(String property, String variable, String whenSet, String what) {
		ProductionRequirement secret = secret(property, variable, what + ", since " + whenSet + " is set");
		return (environment) -> StringUtils.hasText(environment.getProperty(whenSet)) ? secret.problems(environment)
				: List.of();
	}

}
