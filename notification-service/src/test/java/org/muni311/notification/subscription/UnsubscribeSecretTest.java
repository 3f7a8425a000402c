package org.muni311.notification.subscription;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unsubscribe key is required (no random one per start): links signed by one instance
 * work on another and after a restart. Read from the service's own configuration files.
 */
class UnsubscribeSecretTest {

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(UnsubscribeTokens.class);

	@Test
	void refusesToStartWithoutTheKeyOutsideTheLocalProfileSayingWhatToSet() {
		this.service.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("set MUNI311_NOTIFICATION_UNSUBSCRIBE_SECRET"));
		this.service.withPropertyValues("muni311.notification.links.unsubscribe-secret=too-short")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void twoInstancesOfTheLocalProfileReadEachOthersLinks() {
		ApplicationContextRunner local = this.service.withPropertyValues("spring.profiles.active=local");
		local.run((first) -> local.run((second) -> {
			String token = first.getBean(UnsubscribeTokens.class).token("demo", "R1", "s1");
			assertThat(second.getBean(UnsubscribeTokens.class).read(token))
				.contains(new UnsubscribeTokens.Holder("demo", "R1", "s1"));
		}));
	}

	@Test
	void twoInstancesGivenTheKeyReadEachOthersLinks() {
		ApplicationContextRunner deployed = this.service.withPropertyValues(
				"muni311.notification.links.unsubscribe-secret=a-deployment-key-of-32-characters-or-more");
		deployed.run((first) -> deployed.run((second) -> {
			String token = first.getBean(UnsubscribeTokens.class).token("demo", "R2", "s2");
			assertThat(second.getBean(UnsubscribeTokens.class).read(token))
				.contains(new UnsubscribeTokens.Holder("demo", "R2", "s2"));
		}));
	}

}
