package org.muni311.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.deploy.testsupport.security.AuthorizationMatrix;
import org.muni311.deploy.testsupport.security.MatrixClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of notification (from its handler mappings: one added without a row
 * fails) × nobody, an API key, an agent of the demo municipality, an agent of another and
 * a crew member of the demo one. {@code {request}} is a request of the demo municipality
 * with one mail sent; through another municipality's path it is not found.
 */
class AuthorizationMatrixIT extends NotificationTestBase {

	static final String MATRIX = """
			endpoint                                                       | request                                                                  | anon key agent elsewhere crew
			GET /agent/v1/municipalities/{}/requests/{}/deliveries         | GET /agent/v1/municipalities/demo.muni311.org/requests/{request}/deliveries  | 401 401 200 403 403
			GET /agent/v1/municipalities/{}/requests/{}/deliveries         | GET /agent/v1/municipalities/other.muni311.org/requests/{request}/deliveries | 401 401 403 404 403
			GET /unsubscribe/{}                                            | GET /unsubscribe/not-a-token                                              | 4xx 4xx 4xx 4xx 4xx
			POST /unsubscribe/{}                                           | POST /unsubscribe/not-a-token <<                                          | 4xx 4xx 4xx 4xx 4xx
			GET /confirm/{}                                                | GET /confirm/not-a-token                                                 | 4xx 4xx 4xx 4xx 4xx
			POST /confirm/{}                                               | POST /confirm/not-a-token <<                                             | 4xx 4xx 4xx 4xx 4xx
			GET /sign-in                                                   | GET /sign-in                                                              | 200 200 200 200 200
			ANY /error                                                     | GET /error                                                                | 500 500 500 500 500
			GET /v3/api-docs                                               | GET /v3/api-docs                                                          | 200 200 200 200 200
			GET /v3/api-docs.yaml                                          | GET /v3/api-docs.yaml                                                     | 200 200 200 200 200
			GET /v3/api-docs/swagger-config                                | GET /v3/api-docs/swagger-config                                           | 200 200 200 200 200
			GET /swagger-ui.html                                           | GET /swagger-ui.html                                                      | 3xx 3xx 3xx 3xx 3xx
			""";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointHasARow() {
		AuthorizationMatrix.parse(MATRIX).assertCovers(AuthorizationMatrix.endpointsOf(this.mappings));
	}

	@Test
	void everyCallerGetsTheAnswerOfItsCell() {
		String request = newRequestId();
		String reporter = newEmail();
		subscribe(request, ReporterSubscribed.byEmail(reporter, "en", "web"));
		changeStatus(request, 1, RequestStatus.ROUTED, null);
		awaitAllHandled(request);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(reporter)).hasSize(1));
		MatrixClient client = new MatrixClient(this.port, (path) -> false).staff("agent", "agent", "agent-secret")
			.staff("elsewhere", "elsewhere", "elsewhere-secret")
			.staff("crew", "crew", "crew-secret");

		AuthorizationMatrix.parse(MATRIX)
			.assertAnswers((cell) -> client.send("key".equals(cell.caller()) ? "key=demo-api-key" : cell.caller(),
					cell.method(), cell.path().replace("{request}", request), cell.body()));
	}

}
