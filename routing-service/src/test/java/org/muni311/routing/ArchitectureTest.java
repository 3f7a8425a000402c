package org.muni311.routing;

import org.muni311.deploy.testsupport.ArchitectureRules;
import org.muni311.deploy.testsupport.ServiceArchitectureTest;

/** The routing service keeps the platform's structure (see {@link ArchitectureRules}). */
class ArchitectureTest extends ServiceArchitectureTest {

	ArchitectureTest() {
		super("org.muni311.routing");
	}

}
