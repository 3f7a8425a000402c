package org.muni311.municipality;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.testsupport.ArchitectureRules;

/** The clerk's room keeps the platform's structure (see {@link ArchitectureRules}): it knows no service. */
class ArchitectureTest {

	@Test
	void featurePackagesFormNoCyclesAndKnowNoService() {
		ArchitectureRules.check("org.muni311.municipality");
	}

}
