package org.muni311.intake;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The notification service's delivery log, as a real HTTP server (WireMock) that the
 * agent console reads: one per JVM, started when a context first asks for its address.
 * The staff ITs import it, so that they share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DeliveryLogStub {

	/** The service credential the console signs in with. */
	static final String USERNAME = "console-it";

	static final String PASSWORD = "console-it-pw";

	private static WireMockServer server;

	/** The running server, started on a free port the first time. */
	static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "delivery-log-stub-stop"));
		}
		return server;
	}

	@Bean
	DynamicPropertyRegistrar deliveryLogAddress() {
		return (registry) -> {
			registry.add("muni311.intake.console.notification-url", () -> server().baseUrl());
			registry.add("muni311.intake.console.username", () -> USERNAME);
			registry.add("muni311.intake.console.password", () -> PASSWORD);
		};
	}

}
