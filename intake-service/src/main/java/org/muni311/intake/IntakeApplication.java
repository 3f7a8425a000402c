package org.muni311.intake;

import org.muni311.municipality.MunicipalityAdministration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Intake service: the public front door for service requests, and the deployable of the
 * clerk's room (municipality administration), which it reads municipalities from.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(MunicipalityAdministration.class)
@EnableScheduling
public class IntakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntakeApplication.class, args);
	}

}
