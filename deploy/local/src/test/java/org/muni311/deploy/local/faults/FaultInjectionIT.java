package org.muni311.deploy.local.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each scenario sends {@value #REQUESTS} Open311 requests at {@value #PER_SECOND} a second, breaks one part of the
 * platform once a third are sent, repairs it once two thirds are, and then checks every acknowledged request: one
 * work item, one routing decision, one mail, and empty outboxes. Each prints {@code lost=N duplicated=N copies=N}:
 * a copy is a mail received again under the same Message-ID, which mail clients fold; only the faults that can
 * cause one may.
 */
class FaultInjectionIT {

	private static final int REQUESTS = 600;

	private static final int PER_SECOND = 100;

	/** Notification's {@code muni311.mail.batch-size}: what one SMTP connection takes before it is recorded. */
	private static final int MAIL_BATCH = 20;

	private static FaultPlatform platform;

	@BeforeAll
	static void start() throws Exception {
		// a connection the mail-server cut drops mid-line makes GreenMail throw on its own thread: that is the
		// fault under test, not a reason to end the scenario's waits (Awaitility fails them by default)
		Awaitility.doNotCatchUncaughtExceptionsByDefault();
		Path home = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
		platform = new FaultPlatform(home, Files.createTempDirectory("muni311-faults"));
		platform.start();
	}

	/** Whatever a scenario left broken (it failed between breaking and repairing) is repaired for the next. */
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
		run("broker-killed", new Fault(platform.broker::kill, () -> platform.restart(platform.broker)));
	}

	@Test
	void intakeKilledMidLoad() throws Exception {
		run("intake-killed", new Fault(platform.intake::kill, () -> platform.restart(platform.intake)));
	}

	@Test
	void routingKilledMidLoad() throws Exception {
		run("routing-killed", new Fault(platform.routing::kill, () -> platform.restart(platform.routing)));
	}

	@Test
	void notificationKilledMidLoad() throws Exception {
		// what was sent but not yet recorded as sent when it died goes again: at most one batch
		run("notification-killed",
				new Fault(platform.notification::kill, () -> platform.restart(platform.notification), MAIL_BATCH));
	}

	@Test
	void storeUnreachableFromIntakeAnswers503AndLosesNothingAcknowledged() throws Exception {
		LoadDriver load = run("store-unreachable", new Fault(platform.intakeStore::cut, platform.intakeStore::restore));

		assertThat(load.refused).as("refused while the store was cut off, never acknowledged").containsKey(503);
	}

	@Test
	void mailServerDownThenBack() throws Exception {
		// one connection is open when it is cut, and at most its last message was taken without the answer coming back
		run("smtp-down", new Fault(platform::smtpDown, platform::smtpUp, 1));
	}

	private LoadDriver run(String scenario, Fault fault) throws Exception {
		LoadDriver load = new LoadDriver(platform.intakePort());
		CompletableFuture<Void> done = load.send(REQUESTS, PER_SECOND);
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> load.sent.get() >= REQUESTS / 3);
			fault.inject().run();
			try {
				await().atMost(Duration.ofSeconds(60)).until(() -> load.sent.get() >= 2 * REQUESTS / 3);
			}
			finally {
				fault.repair().run();
			}
			done.get(3, TimeUnit.MINUTES);
		}
		finally {
			load.stop();
		}

		Audit audit = new Audit(platform);
		Audit.Result result;
		try {
			result = await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> audit.of(load.acknowledged), Audit.Result::settled);
			awaitQuiet();
			result = audit.of(load.acknowledged);
		}
		catch (ConditionTimeoutException ex) {
			result = audit.of(load.acknowledged);
		}
		// the suite's report, on the console whatever the logging setup
		System.out.println(result.line(scenario) + " refused=" + load.refusals());
		assertThat(result.acknowledged()).isPositive();
		assertThat(result.lost()).as("lost; %s; last warnings:%n%s", audit.explain(result),
				platform.warnings(result.lost().isEmpty() ? 0 : 12)).isEmpty();
		assertThat(result.duplicated()).as("duplicated").isEmpty();
		assertThat(result.copies()).as("one message received more than once (same Message-ID)")
			.isLessThanOrEqualTo(fault.copies());
		assertThat(result.pendingOutbox()).as("events left in outboxes").isZero();
		return load;
	}

	/** Every status event consumed by notification and no mail pending: nothing more can arrive. */
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

	@FunctionalInterface
	interface Step {

		void run() throws Exception;

	}

	/**
	 * @param copies how many mails the fault may make go twice under the same Message-ID: SMTP cannot tell whether a
	 * message whose answer was lost was taken (RFC 1047), nor can a sender that dies before it records what it sent
	 */
	private record Fault(Step inject, Step repair, int copies) {

		Fault(Step inject, Step repair) {
			this(inject, repair, 0);
		}

	}

}
