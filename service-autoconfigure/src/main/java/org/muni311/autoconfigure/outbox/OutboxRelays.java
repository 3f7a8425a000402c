package org.muni311.autoconfigure.outbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.muni311.autoconfigure.worker.BatchingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Makes the outbox relays of a service and runs their recovery passes (at start, after
 * the grace period, then every {@link OutboxProperties#recoveryInterval()}) and their
 * retries on one scheduler thread.
 */
public class OutboxRelays implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelays.class);

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties settings;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ScheduledExecutorService scheduler = BatchingWorker.scheduler("outbox-scheduler");

	private final List<OutboxRelay> relays = new CopyOnWriteArrayList<>();

	OutboxRelays(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties settings, Clock clock,
			MeterRegistry meters) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * A relay over {@code collection}, whose documents implement {@link OutboxDocument}.
	 */
	public OutboxRelay forCollection(String collection) {
		OutboxRelay relay = new OutboxRelay(this.mongo, this.kafka, collection, this.settings, this.clock, this.meters,
				this.scheduler);
		this.relays.add(relay);
		// at start for what is older than the grace period, once more when the rest of
		// what the last run left
		// behind has aged past it, then at the interval
		this.scheduler.schedule(() -> recoverQuietly(relay, collection), 0, TimeUnit.MILLISECONDS);
		this.scheduler.scheduleWithFixedDelay(() -> recoverQuietly(relay, collection),
				this.settings.recoveryGrace().toMillis(), this.settings.recoveryInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		return relay;
	}

	private static void recoverQuietly(OutboxRelay relay, String collection) {
		try {
			relay.recover();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox recovery over {} failed; it runs again at the next interval: {}", collection,
					ex.toString());
		}
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.relays.forEach(OutboxRelay::close);
	}

}
