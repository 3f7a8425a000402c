package org.muni311.intake;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muni311.intake.Open311Client.Answer;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error path of the Open311 API answers in the format of the call's extension,
 * framework errors (405, 406, 415, 413, unknown paths) included; and the quirks of real
 * clients are tolerated, not refused.
 */
class Open311ErrorsIT extends Open311Setup {

	/**
	 * status, what is called (as a function of the extension), with {@code %s} for the
	 * extension.
	 */
	static Stream<Arguments> errors() {
		return Stream.of(Arguments.of(400, "POST", "/requests.%s", FORM, Open311Fixtures.signForm("x", "&lat=0x1p3")),
				Arguments.of(400, "GET", "/requests.%s" + T + "&service_code=%%ZZ", null, null),
				Arguments.of(400, "GET", "/requests.%s" + T + "&start_date=yesterday", null, null),
				Arguments.of(400, "GET", "/services;evil=1/x.%s" + T, null, null),
				Arguments.of(403, "POST", "/requests.%s", FORM,
						Open311Fixtures.signForm("x", "").replace(Open311Fixtures.KEY, "wrong-key")),
				Arguments.of(404, "GET", "/requests/NOSUCHID00.%s" + T, null, null),
				Arguments.of(404, "GET", "/services/dragon.%s" + T, null, null),
				Arguments.of(404, "GET", "/services.%s?jurisdiction_id=atlantis.example", null, null),
				Arguments.of(404, "GET", "/no/such/thing.%s", null, null),
				Arguments.of(405, "DELETE", "/requests.%s", null, null),
				Arguments.of(405, "POST", "/services.%s", FORM, "a=b"),
				Arguments.of(405, "PUT", "/requests/ABC.%s", FORM, "a=b"),
				Arguments.of(413, "POST", "/requests.%s", FORM, Open311Fixtures.signForm("x".repeat(70_000), "")),
				Arguments.of(415, "POST", "/requests.%s", "text/plain", "service_code=sign"),
				Arguments.of(415, "POST", "/requests.%s", "application/xml",
						"<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>"));
	}

	@ParameterizedTest(name = "{0} {1} {2} in JSON")
	@MethodSource("errors")
	void answersEveryErrorAsAJsonErrorArrayOnAJsonPath(int status, String method, String path, String type,
			String body) {
		Answer answer = call(method, path.formatted("json"), type, body);

		assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(answer.body()).isNotEmpty().allSatisfy((error) -> {
			assertThat(error).containsEntry("code", status);
			assertThat((String) error.get("description")).isNotBlank();
		});
	}

	@ParameterizedTest(name = "{0} {1} {2} in XML")
	@MethodSource("errors")
	void answersEveryErrorAsXmlErrorsOnAnXmlPath(int status, String method, String path, String type, String body) {
		Answer answer = call(method, path.formatted("xml"), type, body);

		assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("text/xml");
		Element errors = Open311Xml.parse(answer.raw());
		assertThat(errors.getTagName()).isEqualTo("errors");
		assertThat(Open311Xml.children(errors)).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.getTagName()).isEqualTo("error");
			assertThat(Open311Xml.fields(error)).containsEntry("code", Integer.toString(status))
				.containsKey("description");
		});
	}

	@Test
	void answersAnUnknownFormatWith406AndTheAllowedMethodsWith405() {
		Answer csv = this.open311.get("/services.csv" + T);
		Answer delete = this.open311.send("DELETE", "/requests.json");

		assertThat(csv.status()).isEqualTo(406);
		assertThat(Open311Xml.parse(csv.raw()).getTagName()).as("XML is the spec's default").isEqualTo("errors");
		assertThat(delete.status()).isEqualTo(405);
		assertThat(delete.raw()).contains("GET, POST");
	}

	@Test
	void toleratesWhatRealClientsSend() {
		String id = (String) this.open311
			.post("/requests.json", FORM, Open311Fixtures.signForm("Tolerated", "&phone=null&email=null"))
			.first()
			.get("service_request_id");

		// a doubled slash, a '+' of an offset sent as a space, lat/long and unknown
		// parameters on a GET
		Answer listed = this.open311.get("//requests.json" + T + "&start_date=2020-01-01T00:00:00+00:00"
				+ "&end_date=2100-01-01T00:00:00%2B00:00&lat=45.42&long=-75.69&radius=500&app=client&status=open");
		Answer services = this.open311.get("//services.json" + T + "&lat=null");

		assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
		assertThat(listed.body()).extracting((request) -> request.get("service_request_id")).contains(id);
		assertThat(services.status()).isEqualTo(200);
	}

	@Test
	void acceptsAnUnquotedMultipartBoundaryContainingEqualsAndAJsonBody() {
		String boundary = "----=_Part_0_1234.5678";
		Map<String, String> fields = Map.of("jurisdiction_id", Open311Fixtures.TENANT, "api_key", Open311Fixtures.KEY,
				"service_code", "sign", "address_string", "100 Main St", "attribute[kind]", "missing",
				"attribute[damage][]", "bent");
		Answer multipart = this.open311.post("/requests.json", "multipart/form-data; boundary=" + boundary,
				Open311Client.multipart(boundary, fields));
		Answer json = this.open311.post("/requests.json", "application/json", """
				{"jurisdiction_id": "%s", "api_key": "%s", "service_code": "sign", "lat": 45.42, "long": -75.69,
				 "attribute": {"kind": "damaged", "damage": ["bent", "faded"]}}""".formatted(Open311Fixtures.TENANT,
				Open311Fixtures.KEY));

		assertThat(multipart.status()).as(multipart.raw()).isEqualTo(200);
		assertThat(json.status()).as(json.raw()).isEqualTo(200);
	}

	@Test
	void refusesAnApiKeyInTheQueryStringButTakesItFromAHeader() {
		String withoutKey = Open311Fixtures.signForm("Header key", "").replace("&api_key=" + Open311Fixtures.KEY, "");

		Answer inQuery = this.open311.post("/requests.json?api_key=" + Open311Fixtures.KEY, FORM, withoutKey);
		Answer inHeader = this.open311.post("/requests.json", FORM, withoutKey, "X-API-Key", Open311Fixtures.KEY);

		assertThat(inQuery.status()).isEqualTo(400);
		assertThat((String) inQuery.first().get("description")).contains("query string");
		assertThat(inHeader.status()).as(inHeader.raw()).isEqualTo(200);
	}

	private Answer call(String method, String path, String type, String body) {
		if ("GET".equals(method)) {
			return path.contains("%ZZ") ? this.open311.rawGet(path) : this.open311.get(path);
		}
		if (body == null) {
			return this.open311.send(method, path);
		}
		return ("POST".equals(method)) ? this.open311.post(path, type, body) : this.open311.send(method, path);
	}

}
