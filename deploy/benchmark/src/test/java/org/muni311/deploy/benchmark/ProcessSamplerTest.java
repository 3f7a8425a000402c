package org.muni311.deploy.benchmark;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CPU and memory read from /proc (Linux). */
class ProcessSamplerTest {

	private final long self = ProcessHandle.current().pid();

	@Test
	void readsTheCpuTimeAndResidentMemoryOfALiveProcess() {
		assertThat(ProcessSampler.cpuTicks(this.self)).isPositive();
		assertThat(ProcessSampler.residentKiB(this.self)).isGreaterThan(10_000);
	}

	@Test
	void givesCpuAsAPercentageOfOneCore() {
		ProcessSampler.Snapshot from = new ProcessSampler.Snapshot(0, Map.of("intake-service", 1_000L));
		ProcessSampler.Snapshot to = new ProcessSampler.Snapshot(2_000_000_000L, Map.of("intake-service", 1_150L));

		// 150 ticks of 10 ms in 2 s: 1.5 s of CPU, 75% of one core
		assertThat(ProcessSampler.cpuPercent(from, to)).containsEntry("intake-service", 75.0);
	}

	@Test
	void givesCpuMillisecondsPerRequestForEachProcessAndTheServicesTogether() {
		ProcessSampler.Snapshot from = new ProcessSampler.Snapshot(0,
				Map.of("intake-service", 1_000L, "routing-service", 500L, "platform", 2_000L));
		ProcessSampler.Snapshot to = new ProcessSampler.Snapshot(9_000_000_000L,
				Map.of("intake-service", 1_200L, "routing-service", 550L, "platform", 2_400L));

		// 200 ticks of 10 ms over 500 requests: 4 ms each; the platform JVM (broker,
		// store, load) is not a service
		assertThat(ProcessSampler.cpuMillisPerRequest(from, to, 500)).containsEntry("intake-service", 4.0)
			.containsEntry("routing-service", 1.0)
			.containsEntry("platform", 8.0)
			.containsEntry(ProcessSampler.SERVICES, 5.0);
		assertThat(ProcessSampler.cpuMillisPerRequest(from, to, 0)).isEmpty();
	}

}
