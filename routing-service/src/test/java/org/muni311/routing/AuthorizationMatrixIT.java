package org.muni311.routing;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.deploy.testsupport.security.AuthorizationMatrix;
import org.muni311.deploy.testsupport.security.MatrixClient;
import org.muni311.routing.decision.Router;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.workqueue.WorkQueue;
import org.muni311.routing.workqueue.Worker;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of routing (read from its handler mappings, so one added without a row
 * fails) × nobody, an API key, a crew member of roads, a crew member of by-law (who
 * supervises another municipality), a supervisor, a crew member of another municipality
 * and an administrator of this one → the answer each gets. {@code {item}} is a fresh
 * roads item for every cell, {@code {bylaw-item}} a fresh by-law one, so that one
 * caller's change never makes the next one's stale. Pages answer 302 to nobody (the
 * sign-in page); a board form's success is its redirect back (302).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

	private static final String C = "/crew/v1/municipalities/{J}/work-items";

	static final String MATRIX = """
			endpoint                                  | request                                           | anon key  roads bylaw sup other admin
			GET  /crew/v1/municipalities/{}/work-items | GET %1$s?department=roads                       | 401  401  200   403   200  403   403
			GET  /crew/v1/municipalities/{}/work-items | GET %1$s?department=bylaw                       | 401  401  403   200   200  403   403
			GET  /crew/v1/municipalities/{}/work-items | GET %1$s?crew=roads-west                        | 401  401  200   403   200  403   403
			GET  /crew/v1/municipalities/{}/work-items | GET /crew/v1/municipalities/other.example/work-items?department=roads | 401 401 403 200 403 200 403
			GET  /crew/v1/municipalities/{}/work-items/{} | GET %1$s/{item}                              | 401  401  200   403   200  403   403
			GET  /crew/v1/municipalities/{}/work-items/{} | GET %1$s/{bylaw-item}                        | 401  401  403   200   200  403   403
			# another municipality's path never reaches this one's items
			GET  /crew/v1/municipalities/{}/work-items/{} | GET /crew/v1/municipalities/other.example/work-items/{item} | 401 401 403 404 403 404 403
			GET  /crew/v1/municipalities/{}/work-items/stream | GET %1$s/stream?department=roads             | 401  401  200   403   200  403   403
			POST /crew/v1/municipalities/{}/work-items/{}/claim | POST %1$s/{item}/claim << {"version":0}      | 401  401  200   403   200  403   403
			POST /crew/v1/municipalities/{}/work-items/{}/claim | POST %1$s/{bylaw-item}/claim << {"version":1} | 401 401 403   200   200  403   403
			POST /crew/v1/municipalities/{}/work-items/{}/claim | POST /crew/v1/municipalities/other.example/work-items/{item}/claim << {"version":0} | 401 401 403 404 403 404 403
			POST /crew/v1/municipalities/{}/work-items/{}/status | POST %1$s/{item}/status << {"version":0,"status":"ACKNOWLEDGED"} | 401 401 200 403 200 403 403
			POST /crew/v1/municipalities/{}/work-items/{}/notes | POST %1$s/{item}/notes << {"version":0,"text":"n","visibility":"INTERNAL"} | 401 401 200 403 200 403 403
			POST /crew/v1/municipalities/{}/work-items/{}/assign | POST %1$s/{item}/assign << {"version":0,"assignee":"lee"} | 401 401 403 403 200 403 403
			POST /crew/v1/municipalities/{}/work-items/{}/priority | POST %1$s/{item}/priority << {"version":0,"priority":"HIGH"} | 401 401 403 403 200 403 403
			POST /crew/v1/municipalities/{}/work-items/{}/reassign | POST %1$s/{item}/reassign << {"version":0,"department":"bylaw"} | 401 401 403 403 200 403 403
			GET  /routing/v1/municipalities/{}/check | GET /routing/v1/municipalities/{J}/check?service_code=pothole | 401 401 403 403 200 403 200
			GET  /board                               | GET /board                                        | 302  302  200   200   200  200   403
			GET  /board/{}                            | GET /board/{J}                                    | 302  302  200   200   200  403   403
			GET  /board/{}                            | GET /board/{J}?department=roads                   | 302  302  200   403   200  403   403
			GET  /board/{}                            | GET /board/other.example?department=roads         | 302  302  403   200   403  200   403
			GET  /board/{}/queue                      | GET /board/{J}/queue?department=bylaw             | 302  302  403   200   200  403   403
			GET  /board/{}/stream                     | GET /board/{J}/stream?department=roads            | 302  302  200   403   200  403   403
			ANY  /board/refused                       | GET /board/refused                                | 302  302  403   403   403  403   403
			GET  /board/{}/items/{}                   | GET /board/{J}/items/{item}                       | 302  302  200   403   200  403   403
			GET  /board/{}/items/{}                   | GET /board/{J}/items/{bylaw-item}                 | 302  302  403   200   200  403   403
			GET  /board/{}/items/{}                   | GET /board/other.example/items/{item}             | 302  302  403   404   403  404   403
			POST /board/{}/items/{}/claim             | POST /board/{J}/items/{item}/claim << version=0   | 302  302  302   403   302  403   403
			POST /board/{}/items/{}/status            | POST /board/{J}/items/{item}/status << version=0&status=ACKNOWLEDGED | 302 302 302 403 302 403 403
			POST /board/{}/items/{}/notes             | POST /board/{J}/items/{item}/notes << version=0&text=n&visibility=INTERNAL | 302 302 302 403 302 403 403
			GET  /sign-in                             | GET /sign-in                                      | 200  200  200   200   200  200   200
			ANY  /error                               | GET /error                                        | 500  500  500   500   500  500   500
			GET  /v3/api-docs                         | GET /v3/api-docs                                  | 200  200  200   200   200  200   200
			GET  /v3/api-docs.yaml                    | GET /v3/api-docs.yaml                             | 200  200  200   200   200  200   200
			GET  /v3/api-docs/swagger-config          | GET /v3/api-docs/swagger-config                   | 200  200  200   200   200  200   200
			GET  /swagger-ui.html                     | GET /swagger-ui.html                              | 3xx  3xx  3xx   3xx   3xx  3xx   3xx
			"""
		.formatted(C);

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@Autowired
	Router router;

	@Autowired
	WorkQueue queue;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	@BeforeAll
	void configureTheMunicipality() {
		TestMunicipality.publish(KafkaTestClient.shared(), this.json, this.maps);
	}

	@Test
	void everyEndpointHasARow() {
		AuthorizationMatrix.parse(MATRIX).assertCovers(AuthorizationMatrix.endpointsOf(this.mappings));
	}

	@Test
	void everyCallerGetsTheAnswerOfItsCell() {
		MatrixClient client = new MatrixClient(this.port, (path) -> path.startsWith("/board"))
			.staff("roads", "rhea", "crew")
			.staff("bylaw", "vic", "crew")
			.staff("sup", "sam", "supervisor")
			.staff("other", "otto", "crew")
			.staff("admin", "ada", "admin");
		AuthorizationMatrix.parse(MATRIX).assertAnswers((cell) -> {
			String caller = "key".equals(cell.caller()) ? "key=some-api-key" : cell.caller();
			String path = cell.path().replace("{J}", TestMunicipality.TENANT);
			if (path.contains("{item}")) {
				path = path.replace("{item}", routed());
			}
			if (path.contains("{bylaw-item}")) {
				String id = routed();
				this.queue.reassign(TestMunicipality.TENANT, id, 0, "bylaw", null, null,
						Worker.everyDepartment("test"));
				path = path.replace("{bylaw-item}", id);
			}
			return client.send(caller, cell.method(), path, cell.body());
		});
	}

	private String routed() {
		String id = "M" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.router.route(EventEnvelope.create(ServiceRequestSubmitted.TYPE, 1, TestMunicipality.TENANT, id,
				Instant.now(), null, new ServiceRequestSubmitted("pothole", "pothole", new GeoPoint(44.05, -79.95),
						"1 Main St", null, "test"))))
			.isTrue();
		return id;
	}

}
