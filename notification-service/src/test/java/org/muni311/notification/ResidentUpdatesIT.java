package org.muni311.notification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.muni311.autoconfigure.audit.StaffRead;
import org.muni311.autoconfigure.audit.StaffReads;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestEscalated;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.muni311.contracts.Topics;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.delivery.StatusNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request's life told to its reporter and a follower, each in their language, once per
 * change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentUpdatesIT extends NotificationTestBase {

	private static final Logger log = LoggerFactory.getLogger(ResidentUpdatesIT.class);

	private static final TypeReference<EventEnvelope<ServiceRequestStatusChanged>> STATUS_EVENT = new TypeReference<>() {
	};

	@Autowired
	StatusNotifier notifier;

	/**
	 * Last, so that its replay from offset 0 covers the events of the other tests
	 * (unsubscribed, digested) too.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void theReporterAndAFollowerHearOfEveryChangeOnceInTheirLanguageAndAReplayFromTheStartSendsNothingNew()
			throws Exception {
		String request = newRequestId();
		String reporter = newEmail();
		String follower = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		subscribe(request, new ReporterSubscribed(follower, null, "fr", "web", ReporterSubscribed.FOLLOWER, null));
		awaitSubscriptionsRegistered();
		confirmByMail(follower);

		changeStatus(request, 1, RequestStatus.ROUTED, null);
		changeStatus(request, 2, RequestStatus.IN_PROGRESS, null);
		changeStatus(request, 3, RequestStatus.RESOLVED, "Pothole filled with hot asphalt.");
		changeStatus(request, 4, RequestStatus.CLOSED, null);
		awaitAllHandled(request);

		assertThat(mailsTo(reporter)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Request " + request + ": sent to Roads and Sidewalks",
					"Request " + request + ": work in progress", "Request " + request + ": resolved",
					"Request " + request + ": closed");
		assertThat(mailsTo(follower)).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Demande " + request + " : confirmez pour recevoir des nouvelles",
					"Demande " + request + " : transmise à Roads and Sidewalks",
					"Demande " + request + " : travaux en cours", "Demande " + request + " : résolue",
					"Demande " + request + " : fermée");
		MimeMessage resolved = mailsTo(follower).stream()
			.filter((mail) -> subject(mail).endsWith("résolue"))
			.findFirst()
			.orElseThrow();
		assertThat(Mails.text(resolved)).contains("Note de l'équipe : Pothole filled with hot asphalt.");
		assertThat(Mails.html(resolved)).contains("<p>Note de l&#39;équipe : Pothole filled with hot asphalt.</p>");
		int mailsBefore = smtp.getReceivedMessages().length;
		long deliveriesBefore = this.mongo.getCollection(Delivery.COLLECTION).countDocuments();

		int replayed = replayTheStatusTopicFromTheStart();
		awaitAllHandled(request);

		log.info("Replayed {} status events from offset 0: deliveries {} -> {}, mails {} -> {}", replayed,
				deliveriesBefore, this.mongo.getCollection(Delivery.COLLECTION).countDocuments(), mailsBefore,
				smtp.getReceivedMessages().length);
		assertThat(replayed).as("this test's changes and the other tests'").isGreaterThan(4);
		assertThat(this.mongo.getCollection(Delivery.COLLECTION).countDocuments()).as("no delivery recorded again")
			.isEqualTo(deliveriesBefore);
		assertThat(smtp.getReceivedMessages()).as("no mail sent again").hasSize(mailsBefore);
		assertThat(mailsTo(reporter)).hasSize(4);
		assertThat(mailsTo(follower)).as("the confirmation and four updates").hasSize(5);
	}

	@Test
	void updatesThatFollowTheFirstWithinTheDigestWindowGoTogetherAsOneDigest() throws Exception {
		String tenant = "digest.muni311.org";
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(tenant, request, ReporterSubscribed.byEmail(reporter, "en", "web"));

		changeStatus(tenant, request, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).hasSize(1));
		changeStatus(tenant, request, 2, RequestStatus.IN_PROGRESS, null);
		changeStatus(tenant, request, 3, RequestStatus.RESOLVED, "Sign straightened.");
		awaitAllHandled(request);

		assertThat(mailsTo(reporter)).extracting(MimeMessage::getSubject)
			.containsExactly("Request " + request + ": sent to Roads and Sidewalks",
					"Request " + request + ": 2 updates");
		assertThat(Mails.text(mailsTo(reporter).get(1))).contains("A crew from Roads and Sidewalks is now working",
				"Roads and Sidewalks has resolved your request", "Note from the crew: Sign straightened.");
		assertThat(deliveries(request)).hasSize(3).extracting(Delivery::state).containsOnly(DeliveryState.SENT);
	}

	/**
	 * A digest held by an instance that stopped before its window ended is sent by the
	 * recovery pass as one message: the pass claims the deliveries it finds, then wakes
	 * them together (woken one by one, the sender took the first alone and they went as
	 * separate mails).
	 */
	@Test
	void aDigestLeftByAStoppedInstanceIsSentByTheRecoveryPassAsOneMessage() throws Exception {
		String tenant = "digest.muni311.org";
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(tenant, request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		changeStatus(tenant, request, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).hasSize(1));
		Delivery first = deliveries(request).get(0);

		// what a stopped instance left: held to a window that ended long ago, pending
		// since, unknown to this instance
		Instant past = Instant.now().minus(Duration.ofMinutes(10));
		List<Delivery> left = new ArrayList<>();
		for (String status : List.of("in-progress", "resolved")) {
			String eventId = UUID.randomUUID().toString();
			left.add(new Delivery(eventId + ":email:" + first.subscriberId(), tenant, request, eventId, status, "email",
					first.subscriberId(), first.recipient(), first.notice(), first.language(), first.content(),
					first.unsubscribeUrl(), DeliveryState.PENDING, 0, null, past, past, past, null, null));
		}
		this.mongo.insertAll(left);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveries(request)).hasSize(3)
				.extracting(Delivery::state)
				.containsOnly(DeliveryState.SENT));
		assertThat(mailsTo(reporter)).extracting(MimeMessage::getSubject)
			.containsExactly("Request " + request + ": sent to Roads and Sidewalks",
					"Request " + request + ": 2 updates");
	}

	/**
	 * One request's changes in one poll are told in their order: the first at once, the
	 * two after it within its digest window as one digest; a record among them that
	 * cannot be read is dead-lettered alone.
	 */
	@Test
	void aPollsChangesOfOneRequestAreToldInOrderTheFirstAtOnceTheRestAsOneDigest() throws Exception {
		String tenant = "digest.muni311.org";
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(tenant, request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		awaitSubscriptionsRegistered();
		String marker = UUID.randomUUID().toString();

		this.kafka.sendAll(Topics.REQUESTS_STATUS_CHANGED, request,
				List.of(statusEvent(tenant, request, 1, RequestStatus.ROUTED, null),
						statusEvent(tenant, request, 2, RequestStatus.IN_PROGRESS, null),
						statusEvent(tenant, request, 3, RequestStatus.RESOLVED, "Sign straightened."),
						"not an event " + marker));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.kafka.readAll(Topics.REQUESTS_STATUS_CHANGED + ".notification-service.dlq")
				.stream()
				.anyMatch((record) -> record.value().contains(marker)));
		awaitAllHandled(request);

		assertThat(mailsTo(reporter)).extracting(MimeMessage::getSubject)
			.containsExactly("Request " + request + ": sent to Roads and Sidewalks",
					"Request " + request + ": 2 updates");
		assertThat(deliveries(request)).hasSize(3).extracting(Delivery::state).containsOnly(DeliveryState.SENT);
	}

	@Test
	void anOverdueRequestsReporterIsToldItWasEscalated() throws Exception {
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "fr", "web"));

		this.kafka.send(Topics.REQUESTS_ESCALATED, request,
				this.json.writeValueAsString(
						EventEnvelope.create(ServiceRequestEscalated.TYPE, ServiceRequestEscalated.VERSION, DEMO,
								request, Instant.now(), null, new ServiceRequestEscalated(2, "roads",
										"Roads and Sidewalks", null, Instant.parse("2026-11-20T15:00:00Z")))));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).hasSize(1));
		MimeMessage mail = mailsTo(reporter).get(0);
		assertThat(mail.getSubject()).isEqualTo("Demande " + request + " : plus longue que prévu");
		assertThat(Mails.text(mail)).contains("Les responsables de Roads and Sidewalks en ont été informés",
				"20 novembre 2026");
	}

	@Test
	void anUnsubscribeLinkStopsItsRecipientAndNobodyElseWithoutSigningIn() throws Exception {
		String request = newRequestId();
		String reporter = newEmail();
		String follower = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		subscribe(request, new ReporterSubscribed(follower, null, "en", "web", ReporterSubscribed.FOLLOWER, null));
		awaitSubscriptionsRegistered();
		confirmByMail(follower);
		changeStatus(request, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(follower)).hasSize(2));
		String link = mailsTo(follower).get(1).getHeader("List-Unsubscribe")[0];
		String path = link.substring(link.indexOf("/unsubscribe/"), link.length() - 1);

		assertThat(http("GET", path, null, null).body()).as("opening the link only shows a button")
			.contains("<form method=\"post\"");
		assertThat(http("POST", path + "x", null, null).statusCode()).as("an altered token").isEqualTo(404);
		assertThat(http("POST", path, null, null).statusCode()).isEqualTo(200);
		changeStatus(request, 2, RequestStatus.IN_PROGRESS, null);
		awaitAllHandled(request);

		assertThat(mailsTo(reporter)).hasSize(2);
		assertThat(mailsTo(follower)).as("unsubscribed after the first update").hasSize(2);

		String next = newRequestId();
		String nextReporter = newEmail();
		subscribe(next, ReporterSubscribed.byEmail(nextReporter, "en", "web"));
		subscribe(next, new ReporterSubscribed(follower, null, "en", "web", ReporterSubscribed.FOLLOWER, null));
		awaitSubscriptionsRegistered();
		changeStatus(next, 1, RequestStatus.ROUTED, null);
		awaitAllHandled(next);
		assertThat(mailsTo(nextReporter)).hasSize(1);
		assertThat(mailsTo(follower)).as("an address that unsubscribed is not mailed again, not even to confirm")
			.hasSize(2);
	}

	@Test
	void anUnconfirmedFollowerReceivesOnlyTheConfirmationAndAConfirmedOneEveryUpdate() throws Exception {
		String request = newRequestId();
		String reporter = newEmail();
		String follower = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		subscribe(request, new ReporterSubscribed(follower, null, "en", "web", ReporterSubscribed.FOLLOWER, null));
		awaitSubscriptionsRegistered();
		changeStatus(request, 1, RequestStatus.ROUTED, null);
		changeStatus(request, 2, RequestStatus.IN_PROGRESS, null);
		awaitAllHandled(request);

		assertThat(mailsTo(reporter)).hasSize(2);
		assertThat(mailsTo(follower)).extracting(MimeMessage::getSubject)
			.as("someone typed this address: one message asking to confirm, no status notice")
			.containsExactly("Request " + request + ": confirm to receive updates");

		confirmByMail(follower);
		changeStatus(request, 3, RequestStatus.RESOLVED, null);
		awaitAllHandled(request);
		assertThat(mailsTo(follower)).extracting(MimeMessage::getSubject)
			.containsExactly("Request " + request + ": confirm to receive updates",
					"Request " + request + ": resolved");
	}

	@Test
	void agentsOfTheMunicipalityReadWhatWasSentAboutARequestWithTheRecipientMasked() {
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		changeStatus(request, 1, RequestStatus.ROUTED, null);
		awaitAllHandled(request);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).hasSize(1));
		String path = "/agent/v1/municipalities/" + DEMO + "/requests/" + request + "/deliveries";

		HttpResponse<String> log = http("GET", path, "agent", "agent-secret");

		assertThat(log.statusCode()).isEqualTo(200);
		assertThat(log.body())
			.contains("\"channel\":\"email\"", "\"state\":\"SENT\"", "\"kind\":\"routed\"",
					"\"recipient\":\"r***@e***.org\"", "sent to Roads and Sidewalks")
			.doesNotContain(reporter);
		assertThat(this.mongo.find(Query.query(Criteria.where("subject").is(request)), StaffRead.class))
			.as("the read, in the audit log of staff reads")
			.singleElement()
			.satisfies((read) -> {
				assertThat(read.who()).isEqualTo("agent");
				assertThat(read.what()).isEqualTo(StaffReads.DELIVERY_LOG);
				assertThat(read.jurisdiction()).isEqualTo(DEMO);
			});
		assertThat(http("GET", path, null, null).statusCode()).as("nobody signed in").isEqualTo(401);
		assertThat(http("GET", path, "elsewhere", "elsewhere-secret").statusCode()).as("another municipality's agent")
			.isEqualTo(403);
		assertThat(http("GET", path, "crew", "crew-secret").statusCode()).as("a crew").isEqualTo(403);
		assertThat(http("GET", path.replace(request, "NOPE"), "agent", "agent-secret").statusCode()).isEqualTo(404);
	}

	@Test
	void aPoisonEventGoesToTheDeadLetterTopicAndTheRequestsBehindItAreStillTold() {
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		String poison = "{\"eventId\": \"poison-" + request + "\", \"payload\": ";

		this.kafka.send(Topics.REQUESTS_STATUS_CHANGED, request, poison);
		changeStatus(request, 1, RequestStatus.ROUTED, null);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).hasSize(1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll("requests.status-changed.notification-service.dlq"))
				.extracting(ConsumerRecord::value)
				.contains(poison));
		assertThat(deliveries(request)).extracting(Delivery::state).containsExactly(DeliveryState.SENT);
	}

	/**
	 * Reads the status topic from offset 0 as a new consumer would and hands the events
	 * to the handler together, as one poll.
	 */
	private int replayTheStatusTopicFromTheStart() {
		List<EventEnvelope<ServiceRequestStatusChanged>> replayed = new ArrayList<>();
		for (ConsumerRecord<String, String> record : this.kafka.readAll(Topics.REQUESTS_STATUS_CHANGED)) {
			EventEnvelope<ServiceRequestStatusChanged> event;
			try {
				event = this.json.readValue(record.value(), STATUS_EVENT);
			}
			catch (JacksonException ex) {
				continue; // a poison record of another test
			}
			replayed.add(event);
		}
		this.notifier.statusChanged(replayed);
		return replayed.size();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
