package org.muni311.deploy.local.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@value FaultPlatform#INSTANCES} instances of each service (a service killed is
 * every instance of it; one scenario kills one instance of each), each scenario loads the
 * platform with Open311 requests at {@value #PER_SECOND} a second, breaks one part once
 * {@value #WARM_UP} are acknowledged, holds the fault for {@value #AFFECTED} requests and
 * until the load has met it (what each fault shows to the load: a 503, requests
 * acknowledged while a part is down, connections turned away; at a tenth of the rate
 * after the first {@value #FULL_RATE_DURING_FAULT} and during the repair, so that a slow
 * fault or restart does not pile up work), repairs it, loads on until
 * {@value #AFTER_REPAIR} more are acknowledged, and then checks every acknowledged
 * request, waiting as long as the platform catches up: one work item, one routing
 * decision, one mail, and empty outboxes. The load lasts as long as that takes, so a busy
 * machine makes a scenario slower, never vacuous: a fixed count of requests once ended
 * before a store cut-off reached intake. Each prints
 * {@code lost=N duplicated=N copies=N}: a copy is a mail received again under the same
 * Message-ID, which mail clients fold; only the faults that can cause one may.
 */
class FaultInjectionIT {

	private static final int PER_SECOND = 100;

	/** Acknowledged before the fault: the platform serves under load first. */
	private static final int WARM_UP = 200;

	/**
	 * Requests sent while the fault is in place, at least; and how many the kills must
	 * affect (acknowledged while the part is down, or left unanswered by it).
	 */
	private static final int AFFECTED = 200;

	/**
	 * Sent at the full rate while the fault is in place; then a tenth of it, until the
	 * evidence comes.
	 */
	private static final int FULL_RATE_DURING_FAULT = 400;

	/** Acknowledged after the repair: the platform serves under load again. */
	private static final int AFTER_REPAIR = 200;

	/**
	 * The longest each stage waits: far more than any stage takes on a busy 2-core
	 * machine.
	 */
	private static final Duration STAGE_LIMIT = Duration.ofMinutes(3);

	/**
	 * How long the audit waits without the platform catching up on what the fault left
	 * it.
	 */
	private static final Duration SETTLE_STALL = Duration.ofSeconds(90);

	/** The longest the audit waits while the platform keeps catching up. */
	private static final Duration SETTLE_LIMIT = Duration.ofMinutes(15);

	/**
	 * Notification's {@code muni311.mail.batch-size}: what one SMTP connection takes
	 * before it is recorded.
	 */
	private static final int MAIL_BATCH = 20;

	private static FaultPlatform platform;

	@BeforeAll
	static void start() throws Exception {
		// a connection the mail-server cut drops mid-line makes GreenMail throw on its
		// own thread: that is the
		// fault under test, not a reason to end the scenario's waits (Awaitility fails
		// them by default)
		Awaitility.doNotCatchUncaughtExceptionsByDefault();
		Path home = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
		platform = new FaultPlatform(home, Files.createTempDirectory("muni311-faults"));
		platform.start();
	}

	/**
	 * Whatever a scenario left broken (it failed between breaking and repairing) is
	 * repaired for the next.
	 */
	@AfterEach
	void heal() {
		platform.heal();
	}

	@AfterAll
	static void stop() throws Exception {
		Awaitility.reset();
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void brokerKilledMidLoad() throws Exception {
		run("broker-killed", new Fault(platform.broker::kill, () -> platform.restart(platform.broker),
				acknowledgedWhileDown("the broker")));
	}

	@Test
	void intakeKilledMidLoad() throws Exception {
		run("intake-killed", new Fault(() -> FaultPlatform.kill(platform.intake),
				() -> platform.restart(platform.intake),
				new Fault.Evidence("requests left without an answer by intake", (load) -> load.refused(0), AFFECTED)));
	}

	@Test
	void routingKilledMidLoad() throws Exception {
		run("routing-killed", new Fault(() -> FaultPlatform.kill(platform.routing),
				() -> platform.restart(platform.routing), acknowledgedWhileDown("routing")));
	}

	@Test
	void notificationKilledMidLoad() throws Exception {
		// what was sent but not yet recorded as sent when it died goes again: at most one
		// batch per instance
		run("notification-killed",
				new Fault(() -> FaultPlatform.kill(platform.notification),
						() -> platform.restart(platform.notification), acknowledgedWhileDown("notification"),
						MAIL_BATCH * FaultPlatform.INSTANCES));
	}

	@Test
	void oneInstanceOfEachServiceKilledMidLoad() throws Exception {
		// the other instances carry on: intake's takes the load the load balancer sends
		// it and recovers the dead one's outbox, routing's and notification's take over
		// the dead ones' partitions and recovery passes; what the dead notification had
		// sent but not recorded goes again, at most one batch
		List<ChildProcess> first = List.of(platform.intake.get(0), platform.routing.get(0),
				platform.notification.get(0));
		run("one-of-each-killed", new Fault(() -> FaultPlatform.kill(first), () -> platform.restart(first),
				acknowledgedWhileDown("one instance of each service"), MAIL_BATCH));
	}

	@Test
	void storeUnreachableFromIntakeAnswers503AndLosesNothingAcknowledged() throws Exception {
		LoadDriver load = run("store-unreachable", new Fault(platform.intakeStore::cut, platform.intakeStore::restore,
				new Fault.Evidence("a 503 while the store is cut off from intake", (any) -> any.refused(503), 1)));

		assertThat(load.refused).as("refused while the store was cut off, never acknowledged").containsKey(503);
	}

	@Test
	void mailServerDownThenBack() throws Exception {
		// each notification instance has up to MAIL_CONNECTIONS connections open when
		// they are cut, and on each at most its last message was taken without the
		// answer coming back (SMTP has no idempotent send); the cut holds until
		// notification has tried the mail server during it
		run("smtp-down",
				new Fault(platform::smtpDown, platform::smtpUp,
						new Fault.Evidence("a connection from notification to the cut-off mail server",
								(any) -> platform.mailServer.turnedAway(), 1),
						FaultPlatform.INSTANCES * FaultPlatform.MAIL_CONNECTIONS));
	}

	/**
	 * Requests acknowledged while {@code part} is down, whose events then wait for it.
	 */
	private static Fault.Evidence acknowledgedWhileDown(String part) {
		return new Fault.Evidence("requests acknowledged while " + part + " is down", LoadDriver::acknowledgedCount,
				AFFECTED);
	}

	private LoadDriver run(String scenario, Fault fault) throws Exception {
		LoadDriver load = new LoadDriver(platform.intakePorts());
		load.start(PER_SECOND);
		long started = System.nanoTime();
		List<Long> stages = new ArrayList<>();
		try {
			await().alias(scenario + ": " + WARM_UP + " acknowledged before the fault")
				.atMost(STAGE_LIMIT)
				.until(() -> load.acknowledgedCount() >= WARM_UP);
			stages.add(secondsSince(started));
			fault.inject().run();
			try {
				// counted once the part is broken (inject returns then): what grows from
				// here grew during the fault
				int before = fault.evidence().count().applyAsInt(load);
				int sentAtFault = load.sent.get();
				await().alias(scenario + ": " + fault.evidence().needed() + " x " + fault.evidence().what())
					.atMost(STAGE_LIMIT)
					.until(() -> {
						int sentDuringFault = load.sent.get() - sentAtFault;
						if (sentDuringFault >= FULL_RATE_DURING_FAULT) {
							load.slowDown(10);
						}
						return sentDuringFault >= AFFECTED
								&& fault.evidence().count().applyAsInt(load) - before >= fault.evidence().needed();
					});
			}
			finally {
				stages.add(secondsSince(started));
				// a restart takes long on a busy machine: what the load sends meanwhile
				// only adds to the backlog
				load.slowDown(10);
				fault.repair().run();
				stages.add(secondsSince(started));
			}
			load.slowDown(1);
			int repaired = load.acknowledgedCount();
			await().alias(scenario + ": " + AFTER_REPAIR + " acknowledged after the repair")
				.atMost(STAGE_LIMIT)
				.until(() -> load.acknowledgedCount() - repaired >= AFTER_REPAIR);
			load.finish().get(1, TimeUnit.MINUTES);
		}
		finally {
			load.stop();
		}
		long loadSeconds = secondsSince(started);

		Audit audit = new Audit(platform);
		Audit.Result result = audit.settle(load.acknowledged, SETTLE_STALL, SETTLE_LIMIT);
		if (result.settled()) {
			awaitQuiet();
			result = audit.of(load.acknowledged);
		}
		long settleSeconds = secondsSince(started) - loadSeconds;
		// the suite's report, on the console whatever the logging setup
		System.out.println(result.line(scenario) + " sent=" + load.sent.get() + " stages=" + stages + " load="
				+ loadSeconds + "s settled=" + settleSeconds + "s refused=" + load.refusals());
		assertThat(result.acknowledged()).isPositive();
		assertThat(result.lost())
			.as("lost; %s; last warnings:%n%s", audit.explain(result),
					platform.warnings(result.lost().isEmpty() ? 0 : 12))
			.isEmpty();
		assertThat(result.duplicated()).as("duplicated").isEmpty();
		assertThat(result.copies()).as("one message received more than once (same Message-ID)")
			.isLessThanOrEqualTo(fault.copies());
		assertThat(result.pendingOutbox()).as("events left in outboxes").isZero();
		return load;
	}

	private static long secondsSince(long started) {
		return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
	}

	/**
	 * Every status event consumed by notification and no mail pending: nothing more can
	 * arrive.
	 */
	private static void awaitQuiet() {
		KafkaTestClient kafka = new KafkaTestClient(platform.kafkaBootstrapServers());
		try (MongoClient mongo = MongoClients.create(platform.mongo("muni311-notification"))) {
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED)
						&& mongo.getDatabase("muni311-notification")
							.getCollection("deliveries")
							.countDocuments(Filters.eq("state", "PENDING")) == 0);
		}
	}

}
