package org.muni311.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.ContactErased;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryErasure;
import org.muni311.notification.delivery.DeliveryRetention;
import org.muni311.notification.delivery.DeliveryState;
import org.muni311.notification.delivery.RetentionProperties;
import org.muni311.notification.subscription.ContactData;
import org.muni311.notification.subscription.Subscriber;
import org.muni311.notification.subscription.Subscription;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resident's erasure applied to their requests (intake's {@code ContactErased}), and
 * the retention of deliveries after a request closes, on the real broker and store.
 */
class ErasureAndRetentionIT extends NotificationTestBase {

	@Autowired
	ContactData contacts;

	@Autowired
	DeliveryErasure erasure;

	@Autowired
	RetentionProperties retention;

	@Test
	void anErasureRemovesTheReporterAndTheFollowerWithTheAddressAndBlanksTheirDeliveriesWhileOthersAreStillTold()
			throws Exception {
		String request = newRequestId();
		String resident = newEmail();
		String phone = newPhone();
		String other = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(resident, "en", "web"));
		subscribe(request, new ReporterSubscribed(null, phone, "en", "web", ReporterSubscribed.FOLLOWER, null));
		subscribe(request, new ReporterSubscribed(other, null, "en", "web", ReporterSubscribed.FOLLOWER, null));
		awaitSubscriptionsRegistered();
		confirmByMail(other);
		changeStatus(request, 1, RequestStatus.ROUTED, null);
		awaitAllHandled(request);
		assertThat(mailsTo(resident)).hasSize(1);
		List<String> erasedSubscribers = subscription(request).everyone()
			.stream()
			.filter((s) -> !other.equals(s.email()))
			.map(Subscriber::id)
			.toList();
		assertThat(erasedSubscribers).as("the reporter and the follower by phone").hasSize(2);

		// as an administrator may type them: the address in capitals, the number as
		// (613) 555-0123 for +16135550123
		String typed = "(" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);
		String erasure = erase(DEMO, request,
				new ContactErased("erasure-1", resident.toUpperCase(Locale.ROOT), typed, null));
		awaitSubscriptionsRegistered();
		changeStatus(request, 2, RequestStatus.IN_PROGRESS, null);
		awaitAllHandled(request);

		assertThat(subscription(request).everyone()).extracting(Subscriber::email).containsExactly(other);
		assertThat(subscription(request).erasureIds()).hasSize(1);
		assertThat(deliveries(request)).filteredOn((d) -> erasedSubscribers.contains(d.subscriberId()))
			.as("the reporter's routing and the follower's confirmation")
			.hasSize(2)
			.allSatisfy((delivery) -> {
				assertThat(delivery.recipient()).isNull();
				assertThat(delivery.content()).isNull();
				assertThat(delivery.notice()).isNull();
				assertThat(delivery.unsubscribeUrl()).isNull();
				assertThat(delivery.erasedAt()).isNotNull();
				assertThat(delivery.state()).as("kept for the counts").isIn(DeliveryState.SENT, DeliveryState.FAILED);
			});
		assertThat(mailsTo(resident)).as("nothing after the erasure").hasSize(1);
		assertThat(mailsTo(other)).extracting(MimeMessage::getSubject)
			.containsExactly("Request " + request + ": confirm to receive updates",
					"Request " + request + ": sent to Roads and Sidewalks",
					"Request " + request + ": work in progress");
		assertThat(deliveries(request)).filteredOn((d) -> !erasedSubscribers.contains(d.subscriberId()))
			.extracting(Delivery::recipient)
			.containsOnly(other);

		this.kafka.send(org.muni311.contracts.Topics.REQUESTS_SUBSCRIPTIONS, request, erasure);
		erase(DEMO, newRequestId(), new ContactErased("erasure-1", resident, null, null));
		awaitSubscriptionsRegistered();
		assertThat(this.kafka.readAll("requests.subscriptions.notification-service.dlq"))
			.as("a redelivered erasure and one of a request never heard of are no errors")
			.noneMatch((record) -> record.value().contains("erasure-1"));
	}

	@Test
	void aPendingDeliveryToAnErasedResidentIsNeverSent() throws Exception {
		String tenant = "erasure.muni311.org";
		String request = newRequestId();
		String resident = newEmail();
		subscribe(tenant, request, ReporterSubscribed.byEmail(resident, "en", "web"));
		changeStatus(tenant, request, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(resident)).hasSize(1));
		changeStatus(tenant, request, 2, RequestStatus.IN_PROGRESS, null);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveries(request)).extracting(Delivery::state)
				.as("held for the digest window")
				.containsExactlyInAnyOrder(DeliveryState.SENT, DeliveryState.PENDING));

		erase(tenant, request, new ContactErased("erasure-2", resident, null, null));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveries(request)).extracting(Delivery::state)
				.containsExactlyInAnyOrder(DeliveryState.SENT, DeliveryState.ERASED));
		await().during(Duration.ofSeconds(8))
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailsTo(resident)).as("the window's end sends nothing").hasSize(1));
		assertThat(deliveries(request)).extracting(Delivery::state)
			.containsExactlyInAnyOrder(DeliveryState.SENT, DeliveryState.ERASED);
	}

	@Test
	void aClosedRequestsDeliveriesAreBlankedAfterTheRetentionAndNotBeforeAndAReopenedOnesNot() {
		String closed = newRequestId();
		String reopened = newRequestId();
		String resident = newEmail();
		subscribe(closed, ReporterSubscribed.byEmail(resident, "en", "web"));
		subscribe(reopened, ReporterSubscribed.byEmail(resident, "en", "web"));
		changeStatus(closed, 1, RequestStatus.ROUTED, null);
		changeStatus(closed, 2, RequestStatus.CLOSED, null);
		changeStatus(reopened, 1, RequestStatus.ROUTED, null);
		changeStatus(reopened, 2, RequestStatus.CLOSED, null);
		changeStatus(reopened, 3, RequestStatus.REOPENED, null);
		awaitAllHandled(closed, reopened);
		assertThat(subscription(closed).closedAt()).isNotNull();
		assertThat(subscription(reopened).closedAt()).isNull();

		purgeAfter(this.retention.deliveries().minusDays(1));
		assertThat(deliveries(closed)).as("within the retention").hasSize(2).allSatisfy((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo(resident);
			assertThat(delivery.content()).isNotNull();
		});

		purgeAfter(this.retention.deliveries().plusDays(1));
		assertThat(deliveries(closed)).as("after the retention").hasSize(2).allSatisfy((delivery) -> {
			assertThat(delivery.recipient()).isNull();
			assertThat(delivery.content()).isNull();
			assertThat(delivery.erasedAt()).isNotNull();
			assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
		});
		assertThat(subscription(closed).everyone()).as("the count stays, not the address")
			.singleElement()
			.satisfies((reporter) -> assertThat(reporter.email()).isNull());
		assertThat(subscription(closed).closedAt()).as("purged once").isNull();
		assertThat(deliveries(reopened)).as("a reopened request").hasSize(3).allSatisfy((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo(resident);
			assertThat(delivery.content()).isNotNull();
		});
		assertThat(subscription(reopened).everyone()).extracting(Subscriber::email).containsExactly(resident);
	}

	/** Runs the purge with a clock moved {@code ahead} of now. */
	private void purgeAfter(Duration ahead) {
		new DeliveryRetention(this.contacts, this.erasure, this.retention, this.mongo,
				Clock.offset(Clock.systemUTC(), ahead))
			.purge();
	}

	private Subscription subscription(String request) {
		return this.mongo.findById(Subscription.idOf(DEMO, request), Subscription.class);
	}

}
