package org.muni311.autoconfigure.audit;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.muni311.autoconfigure.worker.BatchingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link StaffReads#purge()} every {@code muni311.retention.interval} on a thread of
 * its own, in every service that keeps the log (not all of them schedule tasks). Every
 * instance runs it: the delete is idempotent.
 */
class StaffReadsPurge implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StaffReadsPurge.class);

	private final ScheduledExecutorService scheduler = BatchingWorker.scheduler("staff-reads-purge");

	StaffReadsPurge(StaffReads reads, StaffReadRetention retention) {
		long every = retention.interval().toMillis();
		this.scheduler.scheduleWithFixedDelay(() -> {
			try {
				reads.purge();
			}
			catch (RuntimeException ex) {
				// the next run tries again
				log.warn("Staff reads purge failed", ex);
			}
		}, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

}
