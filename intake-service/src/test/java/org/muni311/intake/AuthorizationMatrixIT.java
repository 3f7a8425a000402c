package org.muni311.intake;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.security.AuthorizationMatrix;
import org.muni311.deploy.testsupport.security.MatrixClient;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of intake, the clerk's admin API included (read from its handler
 * mappings, so one added without a row fails) × nobody, the Open311 API key of
 * {@value Open311Fixtures#TENANT} ({@code {J}}), an agent there, its municipality
 * administrator, an administrator of {@value #OTHER} ({@code {O}}) who is an agent of
 * {@code {J}} (and administers nothing there), an agent of {@code {O}} and the platform
 * administrator (test users in {@code config/application.yml}). {@code {request}} is a
 * request of {@code {J}}: through {@code {O}}'s path it is not found. Every write in the
 * wrong municipality is 403 or 404.
 *
 * <p>
 * Bodies: a {@code 2xx}/{@code 3xx} cell is a valid body that was applied; a {@code 400}
 * cell is a body the service refuses after authorization (named in the row's comment).
 * Console pages answer 302 to nobody (the sign-in page), its forms 403 to nobody (no
 * session, so no CSRF token); a console form's success is its redirect (302); a resident
 * form's success is 303.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ InfrastructureTestConfiguration.class, DeliveryLogStub.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

	static final String OTHER = "matrix-other.example";

	private static final String A = "/admin/v1/municipalities";

	private static final String G = "/agent/v1/municipalities";

	private static final String O311 = "/open311/v2";

	static final String MATRIX = """
			endpoint                                         | request                                                | anon key agent admin cross elsewhere platform
			# the clerk's admin API: administrators of the municipality and the platform administrator
			GET  /admin/v1/municipalities                    | GET %1$s                                               | 401 401 403 200 200 403 200
			GET  /admin/v1/municipalities/{}                 | GET %1$s/{J}                                           | 401 401 403 200 403 403 200
			GET  /admin/v1/municipalities/{}                 | GET %1$s/{O}                                           | 401 401 403 403 200 403 200
			# an empty configuration: 400 proves it got past authorization
			PUT  /admin/v1/municipalities/{}                 | PUT %1$s/{J} << {}                                     | 401 401 403 400 403 403 400
			PUT  /admin/v1/municipalities/{}                 | PUT %1$s/{O} << {}                                     | 401 401 403 403 400 403 400
			GET  /admin/v1/municipalities/{}/layers          | GET %1$s/{J}/layers                                    | 401 401 403 200 403 403 200
			# a layer never imported: 404 past authorization
			GET  /admin/v1/municipalities/{}/layers/{}       | GET %1$s/{J}/layers/wards                              | 401 401 403 404 403 403 404
			# a dry run of an empty collection
			PUT  /admin/v1/municipalities/{}/layers/{}       | PUT %1$s/{J}/layers/wards?dry_run=true << {"type":"FeatureCollection","features":[]} | 401 401 403 4xx 403 403 4xx
			GET  /admin/v1/municipalities/{}/api-keys        | GET %1$s/{J}/api-keys                                  | 401 401 403 200 403 403 200
			# address points: an empty collection is refused (400); {O} has none (404)
			PUT  /admin/v1/municipalities/{}/address-points  | PUT %1$s/{J}/address-points?dry_run=true << {"type":"FeatureCollection","features":[]} | 401 401 403 400 403 403 400
			GET  /admin/v1/municipalities/{}/address-points  | GET %1$s/{O}/address-points                            | 401 401 403 403 404 403 404
			GET  /admin/v1/municipalities/{}/address-points/place | GET %1$s/{J}/address-points/place?address=1%%20Main%%20St | 401 401 403 200 403 403 200
			GET  /admin/v1/municipalities/{}/versions        | GET %1$s/{J}/versions                                  | 401 401 403 200 403 403 200
			GET  /admin/v1/municipalities/{}/versions/{}     | GET %1$s/{J}/versions/1                                | 401 401 403 200 403 403 200
			GET  /admin/v1/municipalities/{}/versions/{}/changes/{} | GET %1$s/{J}/versions/1/changes/1               | 401 401 403 200 403 403 200
			POST /admin/v1/municipalities/{}/versions/{}/restore | POST %1$s/{O}/versions/1/restore << {}             | 401 401 403 403 200 403 200
			GET  /admin/v1/municipalities/{}/go-live         | GET %1$s/{J}/go-live                                   | 401 401 403 200 403 403 200
			GET  /admin/v1/municipalities/{}/staff           | GET %1$s/{J}/staff                                     | 401 401 403 200 403 403 200
			PUT  /admin/v1/municipalities/{}/staff/{}        | PUT %1$s/{J}/staff/matrix-agent << {"roles":["AGENT"]}  | 401 401 403 200 403 403 200
			DELETE /admin/v1/municipalities/{}/staff/{}      | DELETE %1$s/{O}/staff/matrix-nobody                    | 401 401 403 403 404 403 404
			POST /admin/v1/municipalities/{}/api-keys        | POST %1$s/{J}/api-keys << {"label":"matrix"}           | 401 401 403 201 403 403 201
			POST /admin/v1/municipalities/{}/api-keys        | POST %1$s/{O}/api-keys << {"label":"matrix"}           | 401 401 403 403 201 403 201
			DELETE /admin/v1/municipalities/{}/api-keys/{}   | DELETE %1$s/{J}/api-keys/{key-id}                      | 401 401 403 204 403 403 204
			# {J}'s key through {O}'s path: not found there
			DELETE /admin/v1/municipalities/{}/api-keys/{}   | DELETE %1$s/{O}/api-keys/{key-id}                      | 401 401 403 403 404 403 404
			# erasure of a resident's contact data (an address no request holds: 202, nothing erased)
			POST /admin/v1/municipalities/{}/erasures        | POST %1$s/{J}/erasures << {"email":"matrix-erasure@example.org"} | 401 401 403 202 403 403 202
			POST /admin/v1/municipalities/{}/erasures        | POST %1$s/{O}/erasures << {"email":"matrix-erasure@example.org"} | 401 401 403 403 202 403 202
			# the audit log of staff reads
			GET  /admin/v1/municipalities/{}/staff-reads     | GET %1$s/{J}/staff-reads                               | 401 401 403 200 403 403 200
			GET  /admin/v1/municipalities/{}/staff-reads     | GET %1$s/{O}/staff-reads                               | 401 401 403 403 200 403 200
			GET  /admin/v1/catalogue-templates/standard      | GET /admin/v1/catalogue-templates/standard             | 401 401 403 200 200 403 200
			# an empty Open311 catalogue: 400 past authorization
			POST /admin/v1/catalogue-imports/open311         | POST /admin/v1/catalogue-imports/open311 << {}         | 401 401 403 4xx 4xx 403 4xx
			# the agent API: agents of the municipality
			POST /agent/v1/municipalities/{}/requests        | POST %2$s/{J}/requests << {"service_code":"graffiti","lat":"{lat}","long":"-75.6972","description":"matrix"} | 401 401 200 403 200 403 403
			POST /agent/v1/municipalities/{}/requests        | POST %2$s/{O}/requests << {"service_code":"graffiti","lat":"{lat}","long":"-75.6972","description":"matrix"} | 401 401 403 403 403 200 403
			GET  /agent/v1/municipalities/{}/callers         | GET %2$s/{J}/callers?email=matrix@example.org          | 401 401 200 403 200 403 403
			GET  /agent/v1/municipalities/{}/callers         | GET %2$s/{O}/callers?email=matrix@example.org          | 401 401 403 403 403 200 403
			GET  /agent/v1/municipalities/{}/duplicates      | GET %2$s/{J}/duplicates?service_code=sign&lat=45.4215&long=-75.6972 | 401 401 200 403 200 403 403
			# the agent console: pages of agents of the municipality
			GET  /console                                    | GET /console                                           | 302 302 200 403 200 200 403
			ANY  /console/refused                            | GET /console/refused                                   | 302 302 403 403 403 403 403
			GET  /console/{}                                 | GET /console/{J}                                       | 302 302 200 403 200 403 403
			GET  /console/{}                                 | GET /console/{O}                                       | 302 302 403 403 403 200 403
			POST /console/{}/caller                          | POST /console/{J}/caller << query=matrix%%40example.org | 403 403 302 403 302 403 403
			POST /console/{}/caller                          | POST /console/{O}/caller << query=matrix%%40example.org | 403 403 403 403 403 302 403
			GET  /console/{}/requests/new                    | GET /console/{J}/requests/new                          | 302 302 200 403 200 403 403
			POST /console/{}/requests                        | POST /console/{J}/requests << service_code=graffiti&lat={lat}&long=-75.6972&description=matrix&updates=email&email=caller%%40example.org&locale=en | 403 403 302 403 302 403 403
			POST /console/{}/requests                        | POST /console/{O}/requests << service_code=graffiti&lat={lat}&long=-75.6972&description=matrix&updates=email&email=caller%%40example.org&locale=en | 403 403 403 403 403 302 403
			GET  /console/{}/requests/pending                | GET /console/{J}/requests/pending                      | 302 302 302 403 302 403 403
			POST /console/{}/requests/pending                | POST /console/{J}/requests/pending <<                  | 403 403 3xx 403 3xx 403 403
			GET  /console/{}/requests/{}                     | GET /console/{J}/requests/{request}                    | 302 302 200 403 200 403 403
			# {J}'s request through {O}'s path: not found there
			GET  /console/{}/requests/{}                     | GET /console/{O}/requests/{request}                    | 302 302 403 403 403 404 403
			POST /console/{}/requests/{}/followers           | POST /console/{J}/requests/{request}/followers <<      | 403 403 3xx 403 3xx 403 403
			POST /console/{}/requests/{}/followers           | POST /console/{O}/requests/{request}/followers <<      | 403 403 403 403 403 404 403
			# Open311: public reads, writes with the municipality's key
			GET  /open311/v2/discovery.{}                    | GET %3$s/discovery.json?jurisdiction_id={J}            | 200 200 200 200 200 200 200
			GET  /open311/v2/services.{}                     | GET %3$s/services.json?jurisdiction_id={J}             | 200 200 200 200 200 200 200
			GET  /open311/v2/services/{}.{}                  | GET %3$s/services/sign.json?jurisdiction_id={J}        | 200 200 200 200 200 200 200
			POST /open311/v2/requests.{}                     | POST %3$s/requests.json << jurisdiction_id={J}&service_code=graffiti&lat={lat}&long=-75.6972&description=matrix | 403 2xx 403 403 403 403 403
			# {J}'s key does not file in {O}
			POST /open311/v2/requests.{}                     | POST %3$s/requests.json << jurisdiction_id={O}&service_code=graffiti&lat={lat}&long=-75.6972&description=matrix | 403 403 403 403 403 403 403
			GET  /open311/v2/requests.{}                     | GET %3$s/requests.json?jurisdiction_id={J}             | 200 200 200 200 200 200 200
			GET  /open311/v2/requests/{}.{}                  | GET %3$s/requests/{request}.json?jurisdiction_id={J}   | 200 200 200 200 200 200 200
			GET  /open311/v2/requests/{}.{}                  | GET %3$s/requests/{request}.json?jurisdiction_id={O}   | 404 404 404 404 404 404 404
			GET  /open311/v2/tokens/{}.{}                    | GET %3$s/tokens/no-such-token.json?jurisdiction_id={J} | 404 404 404 404 404 404 404
			GET  /open311/v2/servicerequestupdates.{}        | GET %3$s/servicerequestupdates.json?jurisdiction_id={J} | 2xx 2xx 2xx 2xx 2xx 2xx 2xx
			ANY  /open311/v2                                 | GET %3$s                                               | 404 404 404 404 404 404 404
			ANY  /open311/v2/**                              | GET %3$s/no-such-thing.json                            | 404 404 404 404 404 404 404
			# the intake API of the duplicate check and "me too": public reads, follows with the key
			GET  /intake/v1/duplicates                       | GET /intake/v1/duplicates?jurisdiction_id={J}&service_code=sign&lat=45.4215&long=-75.6972 | 200 200 200 200 200 200 200
			POST /intake/v1/requests/{}/followers            | POST /intake/v1/requests/{request}/followers << {"jurisdiction_id":"{J}","api_key":"{api_key}","email":"follower@example.org"} | 403 200 403 403 403 403 403
			POST /intake/v1/requests/{}/followers            | POST /intake/v1/requests/{request}/followers << {"jurisdiction_id":"{O}","api_key":"{api_key}","email":"follower@example.org"} | 403 403 403 403 403 403 403
			# the social webhook: a signature, never a user
			POST /social/v1/municipalities/{}/posts          | POST /social/v1/municipalities/{J}/posts << {"text":"pothole"} | 401 401 401 401 401 401 401
			# the resident pages: public
			GET  /                                           | GET /                                                  | 200 200 200 200 200 200 200
			GET  /m/{}                                       | GET /m/{J}                                             | 200 200 200 200 200 200 200
			GET  /m/{}/track                                 | GET /m/{J}/track                                       | 200 200 200 200 200 200 200
			GET  /m/{}/report/{}                             | GET /m/{J}/report/sign                                 | 200 200 200 200 200 200 200
			POST /m/{}/report/{}                             | POST /m/{J}/report/graffiti << submission={uuid}&lat={lat}&long=-75.6972&description=matrix | 303 303 303 303 303 303 303
			GET  /m/{}/report/{}/nearby                      | GET /m/{J}/report/sign/nearby?lat=45.4215&long=-75.6972 | 200 200 200 200 200 200 200
			GET  /m/{}/requests/{}                           | GET /m/{J}/requests/{request}                          | 200 200 200 200 200 200 200
			GET  /m/{}/requests/{}                           | GET /m/{O}/requests/{request}                          | 404 404 404 404 404 404 404
			GET  /m/{}/requests/{}/submitted                 | GET /m/{J}/requests/{request}/submitted                | 200 200 200 200 200 200 200
			GET  /m/{}/requests/{}/follow                    | GET /m/{J}/requests/{request}/follow                   | 200 200 200 200 200 200 200
			POST /m/{}/requests/{}/follow                    | POST /m/{J}/requests/{request}/follow << email=follower%%40example.org | 303 303 303 303 303 303 303
			POST /m/{}/requests/{}/follow                    | POST /m/{O}/requests/{request}/follow << email=follower%%40example.org | 404 404 404 404 404 404 404
			GET  /media/{}.jpg                               | GET /media/no-such-photo.jpg                           | 404 404 404 404 404 404 404
			GET  /sign-in                                    | GET /sign-in                                           | 200 200 200 200 200 200 200
			ANY  /error                                      | GET /error                                             | 500 500 500 500 500 500 500
			GET  /v3/api-docs                                | GET /v3/api-docs                                       | 200 200 200 200 200 200 200
			GET  /v3/api-docs.yaml                           | GET /v3/api-docs.yaml                                  | 200 200 200 200 200 200 200
			GET  /v3/api-docs/swagger-config                 | GET /v3/api-docs/swagger-config                        | 200 200 200 200 200 200 200
			GET  /swagger-ui.html                            | GET /swagger-ui.html                                   | 3xx 3xx 3xx 3xx 3xx 3xx 3xx
			"""
		.formatted(A, G, O311);

	@Autowired
	JsonMapper json;

	@Autowired
	Configurations configurations;

	@Autowired
	ApiKeys keys;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	private String request;

	@BeforeAll
	void configureBothMunicipalities() {
		Open311Fixtures.ensure(this.configurations, this.keys, this.json);
		if (this.configurations.find(OTHER).filter((found) -> found.configuration() != null).isEmpty()) {
			this.configurations.configure(OTHER,
					this.json.readValue(Open311Fixtures.CONFIGURATION, MunicipalityConfiguration.class), "test");
			this.keys.register(OTHER, "matrix-other-key", "matrix", "test");
		}
		Open311Client.Answer filed = new Open311Client(this.port).post("/requests.json",
				"application/x-www-form-urlencoded",
				"jurisdiction_id=" + Open311Fixtures.TENANT + "&api_key=" + Open311Fixtures.KEY
						+ "&service_code=graffiti&long=-75.6972&description=matrix&lat=" + latitude());
		assertThat(filed.status()).as(filed.raw()).isBetween(200, 201);
		JsonNode answer = this.json.readTree(filed.raw());
		this.request = answer.get(0).get("service_request_id").asString();
	}

	@Test
	void everyEndpointHasARow() {
		AuthorizationMatrix.parse(MATRIX).assertCovers(AuthorizationMatrix.endpointsOf(this.mappings));
	}

	@Test
	void everyCallerGetsTheAnswerOfItsCell() {
		MatrixClient client = new MatrixClient(this.port, (path) -> path.startsWith("/console"))
			.staff("agent", "mia", "agent-pw")
			.staff("admin", "mark", "admin-pw")
			.staff("cross", "xena", "cross-pw")
			.staff("elsewhere", "otis", "elsewhere-pw")
			.staff("platform", "pat", "platform-pw");
		AuthorizationMatrix.parse(MATRIX).assertAnswers((cell) -> {
			boolean key = "key".equals(cell.caller());
			String path = resolve(cell.path());
			String body = (cell.body() != null) ? resolve(cell.body()).replace("{uuid}", UUID.randomUUID().toString())
				.replace("{api_key}", key ? Open311Fixtures.KEY : "not-a-key") : null;
			return client.send(key ? "key=" + Open311Fixtures.KEY : cell.caller(), cell.method(), path, body);
		});
	}

	private String resolve(String text) {
		String resolved = text.replace("{J}", Open311Fixtures.TENANT)
			.replace("{O}", OTHER)
			.replace("{request}", this.request)
			.replace("{lat}", latitude());
		if (resolved.contains("{key-id}")) {
			resolved = resolved.replace("{key-id}",
					this.keys.issue(Open311Fixtures.TENANT, "matrix", "test").orElseThrow().apiKey().id());
		}
		return resolved;
	}

	/** A latitude of its own for every report, so that none is another's duplicate. */
	private static String latitude() {
		return String.valueOf(45 + ThreadLocalRandom.current().nextDouble(0, 1));
	}

}
