package org.muni311.deploy.local;

import java.time.Duration;

/**
 * How long the runner waits for a service to become healthy: as long as the service is
 * alive and its log grows, up to a limit that grows as the machine has fewer processors.
 * A fixed 180 s gave up on a busy 2-core machine while the service was still starting; a
 * service that writes nothing for {@code stall} is stuck, whatever the machine.
 *
 * @param stall how long the log may stay the same before the service counts as stuck
 * @param limit the longest wait, however the log grows
 */
record StartupWait(Duration stall, Duration limit) {

	/** The limit on a machine of this many processors or more. */
	private static final int BASELINE_PROCESSORS = 8;

	private static final Duration BASELINE_LIMIT = Duration.ofSeconds(180);

	/** For this machine. */
	static StartupWait forThisMachine() {
		return forProcessors(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * 180 s on 8 processors or more, twice that on 4, four times on 2; a stall of 90 s.
	 */
	static StartupWait forProcessors(int processors) {
		int factor = Math.max(1, BASELINE_PROCESSORS / Math.max(1, processors));
		return new StartupWait(Duration.ofSeconds(90), BASELINE_LIMIT.multipliedBy(factor));
	}

}
