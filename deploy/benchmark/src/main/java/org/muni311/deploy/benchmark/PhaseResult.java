package org.muni311.deploy.benchmark;

import java.util.Map;

/**
 * One load run against intake, followed through the platform.
 *
 * @param name what the phase was: {@link #COLD}, {@code warm-up}, {@code 50 req/s},
 * {@code closed loop}
 * @param load what the client saw
 * @param routed from the POST's answer to its ROUTED event on Kafka
 * @param mailed from the POST's answer to its mail at the SMTP server
 * @param routingBacklogAtStop accepted but not yet routed when the load stopped
 * @param mailBacklogAtStop accepted but not yet mailed when the load stopped
 * @param drainSeconds from the load's end until both backlogs were empty; {@code null} if
 * they were not in time
 * @param routingBacklogLeft not routed when the wait ended
 * @param mailBacklogLeft not mailed when the wait ended
 * @param cpuPercent CPU of each process during the load, in percent of one core
 * @param peakResidentMiB the largest resident memory of each process during the phase
 * @param cpuMillisPerRequest CPU milliseconds of each process per accepted request, from
 * the load's start until the backlogs were empty (or the wait ended), and the services'
 * sum ({@link ProcessSampler#cpuMillisPerRequest})
 */
record PhaseResult(String name, LoadResult load, Latency routed, Latency mailed, long routingBacklogAtStop,
		long mailBacklogAtStop, Double drainSeconds, long routingBacklogLeft, long mailBacklogLeft,
		Map<String, Double> cpuPercent, Map<String, Long> peakResidentMiB, Map<String, Double> cpuMillisPerRequest) {

	/** The name of the pass measured from the platform's start ({@code --cold}). */
	static final String COLD = "cold start";

	/** Whether this is the pass measured from the platform's start. */
	boolean cold() {
		return COLD.equals(this.name);
	}

}
