package org.muni311.deploy.benchmark;

import java.time.Duration;
import java.util.function.Function;

/**
 * Runs one load against intake and follows it through: CPU while the load runs, the
 * backlog left when it stops, how long the platform takes to route and mail everything it
 * accepted, and the CPU each request cost until then.
 */
final class IntakePhase {

	private final JourneyTracker tracker;

	private final ProcessSampler sampler;

	private final Timeline timeline;

	private final Duration drainCap;

	IntakePhase(JourneyTracker tracker, ProcessSampler sampler, Timeline timeline, Duration drainCap) {
		this.tracker = tracker;
		this.sampler = sampler;
		this.timeline = timeline;
		this.drainCap = drainCap;
	}

	PhaseResult run(String name, Open311Client intake, Function<LoadGenerator.Request, LoadResult> load)
			throws InterruptedException {
		JourneyTracker.Phase phase = this.tracker.begin(name);
		ProcessSampler.Snapshot before = this.sampler.snapshot();
		LoadResult result = load.apply(() -> this.tracker.accepted(intake.submit(), System.nanoTime()));
		ProcessSampler.Snapshot after = this.sampler.snapshot();
		long routingBacklog = phase.routingBacklog();
		long mailBacklog = phase.mailBacklog();
		long stoppedAt = System.nanoTime();
		long deadline = stoppedAt + this.drainCap.toNanos();
		while ((phase.routingBacklog() > 0 || phase.mailBacklog() > 0) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		boolean drained = phase.routingBacklog() <= 0 && phase.mailBacklog() <= 0;
		Double drainSeconds = drained ? (System.nanoTime() - stoppedAt) / 1e9 : null;
		// every request accepted was routed and mailed by now: the whole cost of each
		ProcessSampler.Snapshot done = this.sampler.snapshot();
		return new PhaseResult(name, result, Latency.of(phase.routedLatency), Latency.of(phase.mailedLatency),
				routingBacklog, mailBacklog, drainSeconds, phase.routingBacklog(), phase.mailBacklog(),
				ProcessSampler.cpuPercent(before, after), this.timeline.peakResidentMiB(name),
				ProcessSampler.cpuMillisPerRequest(before, done, result.accepted()));
	}

}
