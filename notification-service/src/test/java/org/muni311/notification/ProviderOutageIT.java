package org.muni311.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.Topics;
import org.muni311.contracts.webhook.WebhookSignature;
import org.muni311.notification.delivery.Delivery;
import org.muni311.notification.delivery.DeliveryState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text messages through a real HTTP gateway (WireMock) and mail through GreenMail, while
 * either is down.
 */
class ProviderOutageIT extends NotificationTestBase {

	private static final Logger log = LoggerFactory.getLogger(ProviderOutageIT.class);

	/** Quiet all day long (see the test properties): no text goes out. */
	private static final String QUIET = "quiet.muni311.org";

	@BeforeEach
	void gatewayAccepts() {
		SMS_GATEWAY.resetAll();
		gatewayAnswers(202);
	}

	@AfterEach
	void everythingUp() {
		if (!smtp.isRunning()) {
			smtp = startSmtp();
		}
		SMS_GATEWAY.resetAll();
	}

	@Test
	void textsACallerThroughTheGatewayWithItsCredentialsInTheirLanguage() {
		String request = newRequestId();
		String phone = newPhone();
		subscribe(request, new ReporterSubscribed(null, phone, "fr", "phone", ReporterSubscribed.CALLER, null));

		changeStatus(request, 1, RequestStatus.ROUTED, null);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(accepted(phone)).hasSize(1));
		ServeEvent text = accepted(phone).get(0);
		assertThat(text.getRequest().getHeader("Authorization")).as("the gateway's credentials")
			.isEqualTo("Basic "
					+ Base64.getEncoder().encodeToString("muni311:gateway-secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(text.getRequest().getHeader("Idempotency-Key")).isEqualTo(deliveries(request).get(0).id());
		assertThat(text.getRequest().getBodyAsString()).contains("Demande " + request + " transmise à Roads");
	}

	@Test
	void repliesInTheAuthorsSocialThreadThroughAWebhookSignedWithTheSharedSecret() {
		String request = newRequestId();
		String handle = "@" + request.toLowerCase();
		SMS_GATEWAY.stubFor(post(urlEqualTo("/social/replies")).willReturn(aResponse().withStatus(200)));
		subscribe(request, new ReporterSubscribed(null, null, "en", "social", ReporterSubscribed.REPORTER, handle));

		changeStatus(request, 1, RequestStatus.ROUTED, null);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(SMS_GATEWAY.getAllServeEvents())
				.filteredOn((event) -> event.getRequest().getUrl().equals("/social/replies"))
				.singleElement()
				.satisfies((reply) -> {
					String body = reply.getRequest().getBodyAsString();
					assertThat(body).contains("\"handle\":\"" + handle + "\"", "\"requestId\":\"" + request + "\"",
							"Request " + request + " sent to Roads and Sidewalks.");
					String signature = reply.getRequest().getHeader(WebhookSignature.HEADER);
					assertThat(signature).matches("t=[0-9]+,v1=[0-9a-f]{64}");
					assertThat(WebhookSignature.verify("social-secret", signature, reply.getRequest().getBody(),
							Instant.now()))
						.as("signed with the shared secret, recently")
						.isTrue();
				}));
		assertThat(deliveries(request)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.channel()).isEqualTo("social"));
	}

	@Test
	void aNumberTheGatewayRefusesIsRecordedAsFailedAtOnce() {
		String request = newRequestId();
		String phone = newPhone();
		SMS_GATEWAY.stubFor(post(urlEqualTo("/messages")).withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
			.atPriority(1)
			.willReturn(aResponse().withStatus(400)));
		subscribe(request, new ReporterSubscribed(null, phone, "en", "phone", ReporterSubscribed.CALLER, null));

		changeStatus(request, 1, RequestStatus.ROUTED, null);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveries(request)).singleElement().satisfies((delivery) -> {
				assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
				assertThat(delivery.attempts()).isEqualTo(1);
				assertThat(delivery.lastError()).isEqualTo("Gateway answered 400");
			}));
	}

	@Test
	void textsWaitForTheQuietHoursOfTheirMunicipalityToEnd() {
		String request = newRequestId();
		String phone = newPhone();
		String email = newEmail();
		subscribe(QUIET, request, new ReporterSubscribed(null, phone, "en", "phone", ReporterSubscribed.CALLER, null));
		subscribe(QUIET, request, new ReporterSubscribed(email, null, "en", "web", ReporterSubscribed.REPORTER, null));
		awaitSubscriptionsRegistered();

		changeStatus(QUIET, request, 1, RequestStatus.ROUTED, null);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(email)).hasSize(1));
		assertThat(deliveries(request)).filteredOn((delivery) -> delivery.channel().equals("sms"))
			.singleElement()
			.satisfies((text) -> {
				assertThat(text.state()).isEqualTo(DeliveryState.PENDING);
				assertThat(text.notBefore()).isAfter(text.updatedAt());
			});
		assertThat(accepted(phone)).as("held for quiet hours, unlike the mail").isEmpty();
	}

	@Test
	void whileTheGatewayAnswers503AndTheMailServerIsDownMessagesWaitThenGoOnceAndOtherRequestsKeepFlowing() {
		String caller = newRequestId();
		String phone = newPhone();
		String reporter = newRequestId();
		String email = newEmail();
		String other = newRequestId();
		String otherEmail = newEmail();
		subscribe(caller, new ReporterSubscribed(null, phone, "en", "phone", ReporterSubscribed.CALLER, null));
		subscribe(reporter, ReporterSubscribed.byEmail(email, "en", "web"));
		subscribe(other, ReporterSubscribed.byEmail(otherEmail, "fr", "web"));
		gatewayAnswers(503);
		smtp.stop();

		changeStatus(caller, 1, RequestStatus.ROUTED, null);
		changeStatus(reporter, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Stream.concat(deliveries(caller).stream(), deliveries(reporter).stream()))
				.hasSize(2)
				.allSatisfy(
						(delivery) -> assertThat(delivery.attempts()).as("failed at least twice").isGreaterThan(1)));
		changeStatus(caller, 2, RequestStatus.IN_PROGRESS, null);
		changeStatus(reporter, 2, RequestStatus.IN_PROGRESS, null);
		changeStatus(other, 1, RequestStatus.ROUTED, null);
		await().atMost(Duration.ofSeconds(30))
			.alias("every status event consumed while both providers are down")
			.until(() -> this.kafka.consumedAll("notification-service", Topics.REQUESTS_STATUS_CHANGED)
					&& deliveries(caller).size() == 2 && deliveries(reporter).size() == 2
					&& deliveries(other).size() == 1);
		assertThat(accepted(phone)).isEmpty();

		SMS_GATEWAY.resetAll();
		gatewayAnswers(202);
		smtp = startSmtp();
		awaitAllHandled(caller, reporter, other);

		assertThat(accepted(phone)).as("each text accepted once").hasSize(2);
		assertThat(accepted(phone)).extracting((e) -> e.getRequest().getHeader("Idempotency-Key"))
			.doesNotHaveDuplicates();
		assertThat(mailsTo(email)).as("each mail once").hasSize(2);
		assertThat(mailsTo(otherEmail)).hasSize(1);
		List<Delivery> all = Stream.of(caller, reporter, other).flatMap((id) -> deliveries(id).stream()).toList();
		assertThat(all).extracting(Delivery::state).containsOnly(DeliveryState.SENT);
		log.info(
				"Outage figures: {} deliveries, {} sent ({} texts, {} mails), duplicates {}, lost {}, failed attempts "
						+ "retried {} (texts {}, mails {})",
				all.size(), all.stream().filter((d) -> d.state() == DeliveryState.SENT).count(), accepted(phone).size(),
				mailsTo(email).size() + mailsTo(otherEmail).size(),
				accepted(phone).size() + mailsTo(email).size() + mailsTo(otherEmail).size() - all.size(),
				all.stream().filter((d) -> d.state() != DeliveryState.SENT).count(),
				all.stream().mapToInt(Delivery::attempts).sum(),
				all.stream().filter((d) -> d.channel().equals("sms")).mapToInt(Delivery::attempts).sum(),
				all.stream().filter((d) -> d.channel().equals("email")).mapToInt(Delivery::attempts).sum());
	}

	private static void gatewayAnswers(int status) {
		SMS_GATEWAY.stubFor(post(urlEqualTo("/messages")).withHeader("Content-Type", containing("application/json"))
			.willReturn(aResponse().withStatus(status)));
	}

	/** The texts to {@code phone} the gateway accepted. */
	private static List<ServeEvent> accepted(String phone) {
		return SMS_GATEWAY.getAllServeEvents()
			.stream()
			.filter((event) -> event.getResponse().getStatus() / 100 == 2)
			.filter((event) -> event.getRequest().getBodyAsString().contains("\"to\":\"" + phone + "\""))
			.toList();
	}

}
