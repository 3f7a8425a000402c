package org.muni311.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muni311.deploy.testsupport.InfrastructureTestConfiguration;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.routing.municipality.RoutingMaps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Where would this go?" over HTTP: the decision routing would make for a service at a
 * place, from the map that routes requests, with the rule that takes it; for the
 * municipality's administrators and supervisors only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(InfrastructureTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingCheckIT {

	@Autowired
	JsonMapper json;

	@Autowired
	RoutingMaps maps;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void configureTheMunicipality() {
		TestMunicipality.publish(KafkaTestClient.shared(), this.json, this.maps);
	}

	@Test
	void tellsTheDepartmentCrewAreaAndRuleThatWouldTakeARequest() throws Exception {
		JsonNode inWest = check("ada:admin", "service_code=pothole&lat=44.05&long=-79.95").body();
		assertThat(inWest.path("department").asString()).isEqualTo("roads");
		assertThat(inWest.path("crew").asString()).isEqualTo("roads-west");
		assertThat(inWest.path("rulePath").asString()).isEqualTo("rules[0]");
		assertThat(inWest.path("area").path("id").asString()).isEqualTo("W1");
		assertThat(inWest.path("area").path("layer").asString()).isEqualTo("wards");

		JsonNode outside = check("sam:supervisor", "service_code=pothole&lat=45.5&long=-73.57").body();
		assertThat(outside.path("rulePath").asString()).as("the group's rule, anywhere").isEqualTo("rules[1]");
		assertThat(outside.path("rule").path("group").asString()).isEqualTo("roads");
		assertThat(outside.path("triageReason").isNull()).isTrue();

		JsonNode unplaced = check("pia:platform", "service_code=streetlight").body();
		assertThat(unplaced.path("department").asString()).isEqualTo("triage");
		assertThat(unplaced.path("rulePath").isNull()).isTrue();
		assertThat(unplaced.path("triageReason").asString()).contains("no location");
		assertThat(check("ada:admin", "service_code=streetlight&lat=45.5&long=-73.57").body()
			.path("triageReason")
			.asString()).contains("outside");
	}

	@Test
	void refusesABadServiceOrPlaceSayingWhyAndStaffWhoMayNotRouteHere() throws Exception {
		Answer unknown = check("ada:admin", "service_code=dragon");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("detail").asString()).contains("'dragon' is not a service", "pothole");
		assertThat(check("ada:admin", "service_code=pothole&lat=44.05").body().path("detail").asString())
			.contains("both lat and long");
		assertThat(check("ada:admin", "service_code=pothole&lat=91&long=0").body().path("detail").asString())
			.contains("lat must be a decimal between -90 and 90");
		assertThat(check("cara:crew", "service_code=pothole").status()).as("a crew member").isEqualTo(403);
		assertThat(check(null, "service_code=pothole").status()).isEqualTo(401);
	}

	private Answer check(String credentials, String query) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/routing/v1/municipalities/" + TestMunicipality.TENANT + "/check?" + query));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(),
				response.body().isBlank() ? this.json.createObjectNode() : this.json.readTree(response.body()));
	}

	private record Answer(int status, JsonNode body) {
	}

}
