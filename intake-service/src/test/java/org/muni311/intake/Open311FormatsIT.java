package org.muni311.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.muni311.intake.Open311Client.Answer;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every GeoReport v2 method in {@code .json} and {@code .xml}: the extension decides,
 * JSON answers validate against the spec's schemas, XML answers carry the same fields.
 */
class Open311FormatsIT extends Open311Setup {

	static final String W3C_SECONDS = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$";

	private String submit(String service, String extra) {
		Answer answer = this.open311.post("/requests.json", "application/x-www-form-urlencoded",
				Open311Fixtures.form(service, "Formats", extra));
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		Map<String, Object> first = answer.first();
		return (String) first.getOrDefault("service_request_id", first.get("token"));
	}

	@Test
	void answersEveryMethodInJsonThatValidatesAgainstTheGeoReportSchemas() {
		assumeTrue(SchemaCheck.available(), "The GeoReport v2 schemas (../shared/data/open311/georeport-v2-schema/) "
				+ "are not here: JSON schema validation skipped");
		String id = submit("sign",
				"&attribute%5Bkind%5D=damaged&attribute%5Bdamage%5D%5B%5D=bent&attribute%5Bdamage%5D%5B%5D=faded");
		Map<String, String> calls = Map.of("/services.json" + T, "services.json", "/services/sign.json" + T,
				"service-definition.json", "/requests/" + id + ".json" + T, "requests.json", "/requests.json" + T,
				"requests.json", "/requests.json" + T + "&service_request_id=" + id, "requests.json");
		calls.forEach((path, schema) -> {
			Answer answer = this.open311.get(path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(SchemaCheck.problems(schema, answer.raw())).as(path + " against " + schema).isEmpty();
		});
	}

	@Test
	void answersEveryMethodInXmlWithTheSameFieldsAsJson() {
		String id = submit("sign", "&attribute%5Bkind%5D=missing&attribute%5Bcount%5D=3");
		Element services = Open311Xml.parse(xml("/services.xml" + T));
		assertThat(services.getTagName()).isEqualTo("services");
		assertThat(Open311Xml.children(services)).extracting((service) -> Open311Xml.fields(service))
			.containsExactlyElementsOf(
					this.open311.get("/services.json" + T).body().stream().map(Open311Xml::asText).toList());

		Element definition = Open311Xml.parse(xml("/services/sign.xml" + T));
		assertThat(definition.getTagName()).isEqualTo("service_definition");
		Map<String, Object> jsonDefinition = this.open311.get("/services/sign.json" + T).object();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> attributes = (List<Map<String, Object>>) jsonDefinition.get("attributes");
		Element xmlAttributes = Open311Xml.children(definition).get(1);
		// an empty list of values is an empty element, which a reader of leaves sees as
		// an empty field
		List<Map<String, String>> xmlFields = Open311Xml.children(xmlAttributes)
			.stream()
			.map(Open311Xml::fields)
			.toList();
		xmlFields.forEach((fields) -> fields.remove("values"));
		assertThat(xmlFields).containsExactlyElementsOf(attributes.stream().map(Open311Xml::asText).toList());
		assertThat(xml("/services/sign.xml" + T)).contains("<values><value><key>damaged</key><name>Damaged</name>");

		for (String path : List.of("/requests/" + id + ".%s" + T, "/requests.%s" + T + "&service_request_id=" + id)) {
			Element requests = Open311Xml.parse(xml(path.formatted("xml")));
			assertThat(requests.getTagName()).isEqualTo("service_requests");
			assertThat(Open311Xml.children(requests)).extracting(Open311Xml::fields)
				.containsExactly(Open311Xml.asText(this.open311.get(path.formatted("json")).first()));
		}

		Element discovery = Open311Xml.parse(xml("/discovery.xml"));
		assertThat(discovery.getTagName()).isEqualTo("discovery");
		assertThat(xml("/discovery.xml")).contains("<format>application/json</format>");
		assertThat(this.open311.get("/discovery.json").object()).containsKey("endpoints");
	}

	@Test
	void takesTheFormatFromTheExtensionWhateverTheAcceptHeaderSays() {
		Answer json = this.open311.get("/services.json" + T, "Accept", "text/xml");
		Answer xml = this.open311.get("/services.xml" + T, "Accept", "application/json");

		assertThat(json.status()).isEqualTo(200);
		assertThat(json.contentType()).startsWith("application/json");
		assertThat(json.body()).isNotEmpty();
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.contentType()).startsWith("text/xml");
		assertThat(Open311Xml.parse(xml.raw()).getTagName()).isEqualTo("services");
	}

	@Test
	void describesAServiceAsOneObjectWithEveryDatatypeInOrder() {
		Map<String, Object> definition = this.open311.get("/services/sign.json" + T).object();

		assertThat(definition).containsEntry("service_code", "sign");
		assertThat(this.open311.get("/services/sign.json" + T).raw()).startsWith("{");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> attributes = (List<Map<String, Object>>) definition.get("attributes");
		assertThat(attributes).extracting((attribute) -> attribute.get("datatype"))
			.containsExactly("singlevaluelist", "multivaluelist", "number", "datetime", "text", "string", "string");
		assertThat(attributes.get(0)).containsEntry("required", true).containsEntry("order", 1);
	}

	@Test
	void showsDatetimesWithAnOffsetInWholeSeconds() {
		String id = submit("graffiti", "");
		Map<String, Object> request = this.open311.get("/requests/" + id + ".json" + T).first();

		assertThat((String) request.get("requested_datetime")).matches(W3C_SECONDS);
		assertThat((String) request.get("updated_datetime")).matches(W3C_SECONDS).endsWith("-05:00");
	}

	@Test
	void givesABatchServiceATokenThatLeadsToTheRequest() {
		Answer posted = this.open311.post("/requests.xml", "application/x-www-form-urlencoded",
				Open311Fixtures.form("bench", "Bench", ""));
		assertThat(posted.status()).isEqualTo(200);
		Element request = Open311Xml.children(Open311Xml.parse(posted.raw())).get(0);
		String token = Open311Xml.fields(request).get("token");
		assertThat(token).isNotBlank();
		assertThat(Open311Xml.fields(request)).doesNotContainKey("service_request_id");

		Answer json = this.open311.get("/tokens/" + token + ".json" + T);
		Element xml = Open311Xml.parse(xml("/tokens/" + token + ".xml" + T));

		assertThat(json.first()).containsEntry("token", token).containsKey("service_request_id");
		assertThat(Open311Xml.fields(Open311Xml.children(xml).get(0))).containsEntry("token", token)
			.containsEntry("service_request_id", (String) json.first().get("service_request_id"));
		assertThat(this.open311.get("/tokens/NOSUCHTOKEN.json" + T).status()).isEqualTo(404);
	}

	private String xml(String path) {
		Answer answer = this.open311.get(path);
		assertThat(answer.status()).as(path + ": " + answer.raw()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/xml");
		return answer.raw();
	}

}
