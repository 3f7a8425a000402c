package org.muni311.deploy.benchmark.bare;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A minimal Spring Boot web application with one POST endpoint that stores what it is
 * sent.
 */
@SpringBootApplication
public class BareMvcApplication {

	/**
	 * Starts the application.
	 * @param port its HTTP port
	 * @param mongoUri the database it inserts into
	 * @return the running application; close it to stop
	 */
	public static ConfigurableApplicationContext start(int port, String mongoUri) {
		SpringApplication application = new SpringApplicationBuilder(BareMvcApplication.class)
			.properties(Map.of("server.port", port, "spring.mongodb.uri", mongoUri, "spring.main.banner-mode", "off",
					"spring.application.name", "bare-mvc-baseline"))
			.build();
		return application.run();
	}

}
