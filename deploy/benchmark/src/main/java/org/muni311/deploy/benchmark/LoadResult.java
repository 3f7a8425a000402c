package org.muni311.deploy.benchmark;

/**
 * What one load run did, as its client saw it.
 *
 * @param name what was driven
 * @param mode {@code open} (fixed rate) or {@code closed} (each connection sends when its
 * last answer came)
 * @param targetRate the fixed rate in requests per second; 0 in closed loop
 * @param connections how many connections sent
 * @param seconds how long the sending lasted
 * @param scheduled how many the schedule called for (open loop); the number sent in
 * closed loop
 * @param sent how many were sent
 * @param accepted how many were answered 2xx with a request id
 * @param errors how many failed
 * @param firstError the first failure, or {@code null}
 * @param http latency from the intended send time (open loop) or the send (closed loop)
 * to the answer
 */
record LoadResult(String name, String mode, int targetRate, int connections, double seconds, long scheduled, long sent,
		long accepted, long errors, String firstError, Latency http) {

	double acceptedPerSecond() {
		return (this.seconds > 0) ? this.accepted / this.seconds : 0;
	}

	/**
	 * Scheduled but never sent, because every connection was still waiting for an answer
	 * when time ran out.
	 */
	long missed() {
		return this.scheduled - this.sent;
	}

}
