package org.muni311.deploy.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured; written as {@code results.json}.
 *
 * @param startedAt when the run started (UTC)
 * @param machine what it ran on
 * @param options what was asked for
 * @param preloadSeconds how long the preload took
 * @param phases intake at each rate (open loop), then at its maximum (closed loop)
 * @param baselines the same broker and store without the services
 * @param timeline the backlogs and memory every second
 */
record RunResult(String startedAt, Map<String, String> machine, Options options, double preloadSeconds,
		List<PhaseResult> phases, Baselines baselines, List<Timeline.Sample> timeline) {
}
