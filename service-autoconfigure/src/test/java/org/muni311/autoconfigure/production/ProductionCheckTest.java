package org.muni311.autoconfigure.production;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.production.ProductionCheck.ProductionSettingsMissing;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service started with the {@code production} profile: refused, naming every missing
 * secret and wrong setting at once, until all are there; the profile's defaults put Kafka
 * on SASL_SSL, MongoDB on TLS and two in-sync replicas.
 */
class ProductionCheckTest {

	private static final Map<String, String> COMPLETE = Map.of("spring.mongodb.uri",
			"mongodb://intake:pw@m-0,m-1,m-2/admin?tls=true", "spring.security.oauth2.resourceserver.jwt.issuer-uri",
			"https://login.example.org/realms/muni311", "muni311.kafka.sasl.username", "intake-service",
			"muni311.kafka.sasl.password", "kafka-pw");

	@Test
	void refusesToStartListingEveryMissingSecret() {
		assertThatExceptionOfType(ProductionSettingsMissing.class)
			.isThrownBy(() -> start("--spring.mongodb.uri=mongodb://localhost:27017/muni311-intake",
					"--muni311.security.users[0].username=admin", "--muni311.security.users[0].password={noop}admin"))
			.satisfies((refused) -> assertThat(refused.problems()).hasSize(5)
				.anySatisfy(
						(line) -> assertThat(line).startsWith("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
				.anySatisfy((line) -> assertThat(line).startsWith("muni311.security.users: local users"))
				.anySatisfy((line) -> assertThat(line)
					.startsWith("muni311.kafka.sasl.username (MUNI311_KAFKA_SASL_USERNAME)"))
				.anySatisfy((line) -> assertThat(line).startsWith("muni311.kafka.sasl.password"))
				.anySatisfy((line) -> assertThat(line).contains("SPRING_MONGODB_URI").contains("SCRAM")))
			.withMessageContaining("The production profile refuses to start: 5 setting(s) missing or wrong");
	}

	@Test
	void refusesKafkaWithoutTlsAndSingleCopyWrites() {
		assertThatExceptionOfType(ProductionSettingsMissing.class)
			.isThrownBy(() -> start(
					with(COMPLETE, "spring.kafka.security.protocol=PLAINTEXT", "muni311.kafka.min-insync-replicas=1",
							"spring.mongodb.ssl.enabled=false", "spring.mongodb.uri=mongodb://intake:pw@m-0/admin")))
			.satisfies((refused) -> assertThat(refused.problems()).hasSize(3)
				.anySatisfy((line) -> assertThat(line).contains("SASL_SSL, not PLAINTEXT"))
				.anySatisfy((line) -> assertThat(line).startsWith("muni311.kafka.min-insync-replicas"))
				.anySatisfy((line) -> assertThat(line).contains("TLS")));
	}

	@Test
	void startsWithEverySecretAndSecuresKafkaAndTheStore() {
		try (ConfigurableApplicationContext context = start(with(COMPLETE))) {
			Environment environment = context.getEnvironment();
			assertThat(environment.getProperty("spring.kafka.security.protocol")).isEqualTo("SASL_SSL");
			assertThat(environment.getProperty("spring.kafka.properties[sasl.jaas.config]"))
				.isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required "
						+ "username=\"intake-service\" password=\"kafka-pw\";");
			assertThat(environment.getProperty("spring.mongodb.ssl.enabled")).isEqualTo("true");
			assertThat(environment.getProperty("muni311.kafka.min-insync-replicas")).isEqualTo("2");
		}
	}

	@Test
	void aSingleBrokerMayAcknowledgeWithOneCopy() {
		try (ConfigurableApplicationContext context = start(
				with(COMPLETE, "muni311.kafka.replicas=1", "muni311.kafka.min-insync-replicas=1"))) {
			assertThat(context.getEnvironment().getProperty("muni311.kafka.min-insync-replicas")).isEqualTo("1");
		}
	}

	@Test
	void aModuleAddsARequirementForWhenItsChannelIsOn() {
		ProductionRequirement gateway = ProductionRequirement.secretWhen("x.gateway.password", "X_GATEWAY_PASSWORD",
				"x.gateway.url", "the gateway's password");
		MockEnvironment environment = new MockEnvironment();
		assertThat(gateway.problems(environment)).isEmpty();
		environment.setProperty("x.gateway.url", "https://gw.example.org");
		assertThat(gateway.problems(environment)).containsExactly(
				"x.gateway.password (X_GATEWAY_PASSWORD): the gateway's password, since x.gateway.url is set");
		environment.setProperty("x.gateway.password", "secret");
		assertThat(gateway.problems(environment)).isEmpty();
	}

	@Test
	void withoutTheProfileNothingIsChecked() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.run()) {
			assertThat(context.getEnvironment().getProperty("spring.kafka.security.protocol")).isNull();
		}
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.profiles(ProductionCheck.PROFILE)
			.run(arguments);
	}

	/**
	 * Command-line arguments of {@code settings}, with {@code changes}
	 * ({@code name=value}).
	 */
	private static String[] with(Map<String, String> settings, String... changes) {
		Map<String, String> all = new TreeMap<>(settings);
		for (String change : changes) {
			all.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
		}
		return all.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
