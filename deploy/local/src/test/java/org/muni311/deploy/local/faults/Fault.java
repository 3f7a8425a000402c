package org.muni311.deploy.local.faults;

import java.util.function.ToIntFunction;

/**
 * One fault of the suite: how to break a part and repair it, what shows that the load met
 * it, and how many mails it may make go twice.
 *
 * @param inject breaks the part; returns once it is broken
 * @param repair repairs it; returns once it serves again
 * @param evidence what the load sees while the part is broken
 * @param copies how many mails the fault may make go twice under the same Message-ID:
 * SMTP cannot tell whether a message whose answer was lost was taken (RFC 1047), nor can
 * a sender that dies before it records what it sent
 */
record Fault(Step inject, Step repair, Evidence evidence, int copies) {

	Fault(Step inject, Step repair, Evidence evidence) {
		this(inject, repair, evidence, 0);
	}

	/** A step that may throw, as killing and restarting processes do. */
	@FunctionalInterface
	interface Step {

		void run() throws Exception;

	}

	/**
	 * What proves that the fault overlapped the load: a count that grows only while the
	 * fault is in place (or that grows while it is, for requests that then depend on the
	 * broken part), and how much it must grow.
	 *
	 * @param what the evidence in words, for the message when it never comes
	 * @param count the count, read from the load or the platform
	 * @param needed how much it must grow after the fault is injected
	 */
	record Evidence(String what, ToIntFunction<LoadDriver> count, int needed) {

	}

}
