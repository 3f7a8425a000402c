package org.muni311.deploy.benchmark;

import java.util.Map;

/**
 * One load run against intake, followed through the platform.
 *
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
 */
record PhaseResult(LoadResult load, Latency routed, Latency mailed, long routingBacklogAtStop, long mailBacklogAtStop,
		Double drainSeconds, long routingBacklogLeft, long mailBacklogLeft, Map<String, Double> cpuPercent,
		Map<String, Long> peakResidentMiB) {
}
