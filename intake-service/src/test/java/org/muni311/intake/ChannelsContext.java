package org.muni311.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The real intake service on a random port over the shared broker and store, with the
 * staff of the channel tests (a platform administrator, a clerk of
 * {@code a.admin-it.example}, agent {@code agent-7} and clerk {@code clerk-f} of
 * {@link Open311Fixtures#TENANT}) and that municipality's social secret: one Spring
 * context for every test annotated with it ({@code ChannelsIT},
 * {@code SameAnswerOnEveryChannelIT}, {@code ConsolePagesIT}, {@code ErasureIT}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "muni311.security.users[0].username=platform",
				"muni311.security.users[0].password={noop}platform-pw",
				"muni311.security.users[0].roles=PLATFORM_ADMIN", "muni311.security.users[1].username=clerk-a",
				"muni311.security.users[1].password={noop}clerk-pw",
				"muni311.security.users[1].municipalities[0].roles=MUNICIPALITY_ADMIN",
				"muni311.security.users[1].municipalities[0].id=a.admin-it.example",
				"muni311.security.users[2].username=agent-7", "muni311.security.users[2].password={noop}agent-pw",
				"muni311.security.users[2].municipalities[0].roles=AGENT",
				"muni311.security.users[2].municipalities[0].id=formats.example",
				"muni311.security.users[3].username=clerk-f", "muni311.security.users[3].password={noop}clerk-pw",
				"muni311.security.users[3].municipalities[0].roles=MUNICIPALITY_ADMIN",
				"muni311.security.users[3].municipalities[0].id=formats.example",
				"muni311.intake.social-secrets[formats.example]=social-test-secret" })
@Import({ InfrastructureTestConfiguration.class, DeliveryLogStub.class })
@interface ChannelsContext {

}
