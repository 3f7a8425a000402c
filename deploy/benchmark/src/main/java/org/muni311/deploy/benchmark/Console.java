package org.muni311.deploy.benchmark;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The benchmark's progress lines; a CLI, so plain standard output. */
final class Console {

	private Console() {
	}

	static void step(String what) {
		System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + what);
	}

}
