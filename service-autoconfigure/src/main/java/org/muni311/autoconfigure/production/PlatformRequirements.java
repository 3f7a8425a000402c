package org.muni311.autoconfigure.production;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * What every service needs in production: staff signed in by an OpenID Connect provider
 * (no local users), Kafka over {@code SASL_SSL} with the service's credentials, MongoDB
 * with SCRAM credentials and TLS, and topics that a lost broker cannot lose a write on.
 */
public class PlatformRequirements implements ProductionRequirement {

	private static final List<ProductionRequirement> SECRETS = List.of(
			ProductionRequirement.secret("muni311.kafka.sasl.username", "MUNI311_KAFKA_SASL_USERNAME",
					"the service's Kafka user (SCRAM)"),
			ProductionRequirement.secret("muni311.kafka.sasl.password", "MUNI311_KAFKA_SASL_PASSWORD",
					"the Kafka user's password"));

	@Override
	public List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		if (!StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
				&& !StringUtils
					.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))) {
			problems.add("spring.security.oauth2.resourceserver.jwt.issuer-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI): the OpenID Connect provider "
					+ "that signs staff tokens (or .jwk-set-uri)");
		}
		if (environment.getProperty("muni311.security.users[0].username") != null) {
			problems.add("muni311.security.users: local users are not allowed in production "
					+ "(staff sign in through the OpenID Connect provider)");
		}
		SECRETS.forEach((secret) -> problems.addAll(secret.problems(environment)));
		String protocol = environment.getProperty("spring.kafka.security.protocol", "PLAINTEXT");
		if (!"SASL_SSL".equalsIgnoreCase(protocol)) {
			problems.add("spring.kafka.security.protocol (SPRING_KAFKA_SECURITY_PROTOCOL): SASL_SSL, not " + protocol);
		}
		// 2 copies of each write; a cluster of one broker (replicas 1, set on purpose)
		// can
		// hold only one
		String minInsync = environment.getProperty("muni311.kafka.min-insync-replicas");
		int replicas = Integer.parseInt(environment.getProperty("muni311.kafka.replicas", "3").trim());
		if (minInsync == null || Integer.parseInt(minInsync.trim()) < Math.min(2, replicas)) {
			problems.add("muni311.kafka.min-insync-replicas (MUNI311_KAFKA_MININSYNCREPLICAS): 2 or more, not "
					+ minInsync + " (1 only with MUNI311_KAFKA_TOPIC_REPLICAS=1, a single broker)");
		}
		problems.addAll(store(environment));
		return problems;
	}

	private static List<String> store(Environment environment) {
		String uri = environment.getProperty("spring.mongodb.uri", "");
		List<String> problems = new ArrayList<>();
		String credentials = (uri.indexOf('@') > 0) ? uri.substring(uri.indexOf("//") + 2, uri.indexOf('@')) : "";
		if (!credentials.contains(":") || !StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))) {
			problems.add("spring.mongodb.uri (SPRING_MONGODB_URI): the service's MongoDB user and password "
					+ "(SCRAM) in the connection string");
		}
		String options = URLDecoder
			.decode((uri.indexOf('?') > 0) ? uri.substring(uri.indexOf('?') + 1) : "", StandardCharsets.UTF_8)
			.toLowerCase(Locale.ROOT);
		boolean tls = options.contains("tls=true") || options.contains("ssl=true")
				|| uri.startsWith("mongodb+srv://") && !options.contains("tls=false") && !options.contains("ssl=false");
		if (!tls && !Boolean.parseBoolean(environment.getProperty("spring.mongodb.ssl.enabled", "false"))) {
			problems.add("spring.mongodb.uri (SPRING_MONGODB_URI): TLS (tls=true in the connection string, "
					+ "or spring.mongodb.ssl.enabled)");
		}
		return problems;
	}

}
