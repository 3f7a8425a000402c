package org.muni311.deploy.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every second: the current phase's backlogs and each process's resident memory, for the
 * report's charts.
 */
final class Timeline implements AutoCloseable {

	private final List<Sample> samples = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "timeline");
		thread.setDaemon(true);
		return thread;
	});

	private final long start = System.nanoTime();

	Timeline(JourneyTracker tracker, ProcessSampler sampler) {
		this.timer.scheduleAtFixedRate(() -> {
			JourneyTracker.Phase phase = tracker.current();
			this.samples.add(new Sample((System.nanoTime() - this.start) / 1e9, phase.name, phase.accepted.get(),
					phase.routingBacklog(), phase.mailBacklog(), sampler.residentMiB()));
		}, 0, 1, TimeUnit.SECONDS);
	}

	List<Sample> samples() {
		return List.copyOf(this.samples);
	}

	/**
	 * The largest resident memory each process reached while {@code phase} ran, in MiB.
	 */
	Map<String, Long> peakResidentMiB(String phase) {
		Map<String, Long> peak = new LinkedHashMap<>();
		this.samples.stream()
			.filter((sample) -> sample.phase().equals(phase))
			.forEach((sample) -> sample.residentMiB().forEach((name, mib) -> peak.merge(name, mib, Math::max)));
		return peak;
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

	/**
	 * @param seconds since the timeline started
	 * @param phase the phase running
	 * @param accepted requests accepted in that phase so far
	 * @param routingBacklog accepted, not yet routed
	 * @param mailBacklog accepted, not yet mailed
	 * @param residentMiB resident memory per process
	 */
	record Sample(double seconds, String phase, long accepted, long routingBacklog, long mailBacklog,
			Map<String, Long> residentMiB) {
	}

}
