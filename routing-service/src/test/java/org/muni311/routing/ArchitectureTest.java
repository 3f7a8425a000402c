package org.muni311.routing;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;

/** The routing service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest {

	@Test
	void featurePackagesFormNoCyclesAndStayInsideTheService() {
		ArchitectureRules.check("org.muni311.routing");
	}

}
