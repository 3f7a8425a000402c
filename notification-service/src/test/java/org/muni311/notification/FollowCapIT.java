package org.muni311.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.notification.subscription.Subscriber;
import org.muni311.notification.subscription.Subscription;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One address follows at most {@code max-per-address} open requests of a municipality (3
 * in these tests): anyone may type anyone's address into a follow.
 */
class FollowCapIT extends NotificationTestBase {

	private static final int CAP = 3;

	@Autowired
	MeterRegistry meters;

	@Test
	void aFollowOverTheCapIsRefusedWhileAnotherAddressFollowsAndTheAddressesOwnReportIsNotAndAClosedRequestFreesAPlace()
			throws Exception {
		String follower = newEmail();
		String other = newEmail();
		double refusedBefore = refused();
		List<String> requests = new ArrayList<>();
		for (int i = 0; i <= CAP; i++) {
			String request = newRequestId();
			requests.add(request);
			subscribe(request, ReporterSubscribed.byEmail(newEmail(), "en", "web"));
			subscribe(request, follow(follower));
		}
		String own = newRequestId();
		subscribe(own, ReporterSubscribed.byEmail(follower, "en", "web"));
		awaitSubscriptionsRegistered();

		// the follows travel on four partitions: which one comes last is not known
		List<String> followed = requests.stream().filter((r) -> followers(r).contains(follower)).toList();
		assertThat(followed).as("three follows of one address recorded, the fourth refused").hasSize(CAP);
		String refusedOne = requests.stream().filter((r) -> !followed.contains(r)).findFirst().orElseThrow();
		assertThat(followers(refusedOne)).isEmpty();
		assertThat(refused()).isEqualTo(refusedBefore + 1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(mailsTo(follower)).as("three confirmations, no fourth").hasSize(CAP));
		subscribe(refusedOne, follow(other));
		changeStatus(own, 1, RequestStatus.ROUTED, null);
		awaitSubscriptionsRegistered();
		awaitAllHandled(own);
		assertThat(followers(refusedOne)).as("another address follows").containsExactly(other);
		assertThat(mailsTo(follower)).extracting(MimeMessage::getSubject)
			.as("their own report is never refused")
			.contains("Request " + own + ": sent to Roads and Sidewalks");

		changeStatus(followed.get(0), 1, RequestStatus.CLOSED, null);
		awaitAllHandled(followed.get(0));
		subscribe(refusedOne, follow(follower));
		awaitSubscriptionsRegistered();
		assertThat(followers(refusedOne)).as("a closed request freed a place").containsExactly(other, follower);
	}

	private static ReporterSubscribed follow(String email) {
		return new ReporterSubscribed(email, null, "en", "web", ReporterSubscribed.FOLLOWER, null);
	}

	private List<String> followers(String request) {
		Subscription subscription = this.mongo.findById(Subscription.idOf(DEMO, request), Subscription.class);
		return subscription.everyone().stream().filter(Subscriber::needsConfirmation).map(Subscriber::email).toList();
	}

	private double refused() {
		return this.meters.counter("muni311.notification.follows.refused").count();
	}

}
