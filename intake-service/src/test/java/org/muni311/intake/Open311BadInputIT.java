package org.muni311.intake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.intake.Open311Client.Answer;
import org.muni311.intake.request.ServiceRequest;

import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A corpus of bad submissions (malformed bodies of each content type, oversize fields and
 * bodies, wrong types, NaN, Infinity, hexadecimal and out-of-range coordinates, control
 * characters, script where a format is expected, unknown codes and jurisdictions, missing
 * or wrong keys, XML entity tricks): every one answered 4xx, none 5xx, and none stored or
 * published.
 */
class Open311BadInputIT extends Open311Setup {

	final String marker = "BADINPUT" + UUID.randomUUID().toString().replace("-", "");

	final Map<String, Supplier<Answer>> corpus = new LinkedHashMap<>();

	@Test
	void answersEveryBadSubmissionWith4xxAndStoresAndPublishesNothing() {
		coordinates();
		controlCharacters();
		sizes();
		attributes();
		codesAndKeys();
		formats();
		encodings();
		bodies();
		methodsAndHeaders();
		long before = this.mongo.count(new Query(), ServiceRequest.class);

		List<String> not4xx = new ArrayList<>();
		this.corpus.forEach((name, call) -> {
			Answer answer = call.get();
			if (answer.status() < 400 || answer.status() >= 500) {
				not4xx.add(name + " -> " + answer.status() + " " + answer.raw());
			}
		});

		assertThat(this.corpus).hasSizeGreaterThanOrEqualTo(100);
		assertThat(not4xx).as("cases not answered 4xx").isEmpty();
		assertThat(this.mongo.count(new Query(), ServiceRequest.class)).as("requests stored").isEqualTo(before);
		// a good request after the corpus reaches the topic: had a bad one been stored,
		// it would have been published
		String good = "GOOD" + this.marker;
		assertThat(form("good", Open311Fixtures.signForm(good, "")).get().status()).isEqualTo(200);
		KafkaTestClient kafka = KafkaTestClient.shared();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(kafka.readAll(Topics.REQUESTS_SUBMITTED))
				.anySatisfy((record) -> assertThat(record.value()).contains(good)));
		assertThat(kafka.readAll(Topics.REQUESTS_SUBMITTED))
			.noneSatisfy((record) -> assertThat(record.value()).contains(this.marker).doesNotContain(good));
		assertThat(kafka.readAll(Topics.REQUESTS_SUBSCRIPTIONS))
			.noneSatisfy((record) -> assertThat(record.value()).contains("corpus-" + this.marker));
	}

	private void coordinates() {
		for (String lat : List.of("0x1p3", "0X1P3", "0x2D", "1e1", "4.5E1", "NaN", "Infinity", "-Infinity", "91",
				"-90.0001", "abc", "45,42", "45.42.1", "1_0", "٤٥", "+-45", "45.4215°", " ", "--45", "1d", "45f")) {
			sign("lat " + lat, "&lat=" + enc(lat));
		}
		for (String lon : List.of("181", "-180.5", "NaN", "1e309", "0x1.8p1", "")) {
			sign("long " + lon, "&long=" + enc(lon));
		}
		form("only lat, blank long", base("sign").replace("&long=-75.6972", "&long=") + kind());
		form("only lat", base("sign").replace("&long=-75.6972", "") + kind());
		form("only long", base("sign").replace("lat=45.4215&", "") + kind());
		form("blank lat and long", base("sign").replace("lat=45.4215&long=-75.6972", "lat=&long=") + kind());
		form("no location at all", base("sign").replace("&lat=45.4215&long=-75.6972", "") + kind());
	}

	private void controlCharacters() {
		for (String control : List.of("%00", "%07", "%1B%5B31m", "%7F", "%C2%85", "%08")) {
			sign("description with " + control, "&description=x" + control + "y");
			sign("first_name with " + control, "&first_name=A" + control);
		}
		sign("address_string with a line break", "&address_string=1%0A2");
		sign("email with NUL", "&email=a%00@b.example");
		sign("service code with NUL", "&service_code=sign%00");
		sign("string attribute with NUL", "&attribute%5Bcolour%5D=red%00");
		sign("text attribute with a bell", "&attribute%5Bnote%5D=ring%07");
		form("jurisdiction with NUL", base("sign").replace("jurisdiction_id=", "jurisdiction_id=x%00") + kind());
	}

	private void sizes() {
		sign("description of 4,001 characters", "&description=" + "d".repeat(4001));
		sign("description of 10,000 characters", "&description=" + "d".repeat(10_000));
		sign("address_string of 501", "&address_string=" + "a".repeat(501));
		sign("first_name of 201", "&first_name=" + "n".repeat(201));
		sign("email of 300", "&email=" + "e".repeat(290) + "@x.example");
		sign("media_url of 2,001", "&media_url=https://x.example/" + "m".repeat(2000));
		sign("text attribute of 4,001", "&attribute%5Bnote%5D=" + "t".repeat(4001));
		sign("string attribute of 501", "&attribute%5Bcolour%5D=" + "c".repeat(501));
		sign("service_code of 101", "&service_code=" + "s".repeat(101));
		sign("body of 70 KB", "&device_id=" + "b".repeat(70_000));
		twice("many fields, 70 KB", "&x=1".repeat(18_000));
	}

	private void attributes() {
		form("required attribute missing", base("sign"));
		sign("value outside the list", "&attribute%5Bkind%5D=zzz");
		sign("value of another attribute's list", "&attribute%5Bkind%5D=bent");
		twice("two values for a single list", "&attribute%5Bkind%5D=missing");
		sign("multivaluelist value outside the list", "&attribute%5Bdamage%5D%5B%5D=nope");
		sign("number that is text", "&attribute%5Bcount%5D=abc");
		sign("number with an exponent", "&attribute%5Bcount%5D=1e5");
		sign("number NaN", "&attribute%5Bcount%5D=NaN");
		sign("datetime that is text", "&attribute%5Bseen%5D=yesterday");
		sign("unknown attribute", "&attribute%5Bdragon%5D=yes");
		sign("answer to information only", "&attribute%5Binfo%5D=x");
		twice("malformed attribute field", "&attribute=x");
		twice("malformed attribute brackets", "&attribute%5Bkind%5D%5Bx%5D=damaged");
		sign("script as a list value", "&attribute%5Bdamage%5D%5B%5D=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
		form("attribute for a service without questions", Open311Fixtures.form("graffiti", "x", kind()));
	}

	private void codesAndKeys() {
		sign("unknown service", "&service_code=dragon");
		sign("blank service", "&service_code=");
		sign("script as a service", "&service_code=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
		form("no service_code", base("sign").replace("&service_code=sign", "") + kind());
		form("unknown jurisdiction", base("sign").replace(Open311Fixtures.TENANT, "atlantis.example") + kind());
		form("script as a jurisdiction", base("sign").replace(Open311Fixtures.TENANT, "%3Cscript%3E") + kind());
		form("no jurisdiction", base("sign").replace("jurisdiction_id=" + Open311Fixtures.TENANT + "&", "") + kind());
		form("no api_key", base("sign").replace("&api_key=" + Open311Fixtures.KEY, "") + kind());
		form("wrong api_key", base("sign").replace(Open311Fixtures.KEY, "wrong") + kind());
		form("blank api_key", base("sign").replace(Open311Fixtures.KEY, "") + kind());
		form("another municipality's key", base("sign").replace(Open311Fixtures.KEY, Open311Client.DEMO_KEY) + kind());
		this.corpus.put("api_key in the query string",
				() -> this.open311.post("/requests.json?api_key=" + Open311Fixtures.KEY, FORM,
						base("sign").replace("&api_key=" + Open311Fixtures.KEY, "") + kind()));
		this.corpus.put("wrong X-API-Key header", () -> this.open311.post("/requests.json", FORM,
				base("sign").replace("&api_key=" + Open311Fixtures.KEY, "") + kind(), "X-API-Key", "nope"));
	}

	private void formats() {
		for (String email : List.of("not-an-address", "a@b", "a b@c.example", "%3Cscript%3E")) {
			sign("email " + email, "&email=" + email);
		}
		for (String url : List.of("ftp://x.example/a.jpg", "javascript:alert(1)", "http://", "not%20a%20url",
				"data:text/html,%3Cscript%3E")) {
			sign("media_url " + url, "&media_url=" + url);
		}
		sign("locale de", "&locale=de");
		sign("locale script", "&locale=%3Cscript%3E");
		sign("phone letters", "&phone=call-me-maybe");
		sign("phone script", "&phone=%3Cscript%3E");
		twice("service_code twice", "&service_code=graffiti");
		twice("description twice", "&description=again");
	}

	private void encodings() {
		sign("service_code %ZZ", "&service_code=%ZZ");
		sign("trailing %", "&description=100%");
		twice("%ZZ in a field name", "&desc%ZZ=1");
		sign("invalid UTF-8", "&description=%C3%28");
		sign("lone continuation byte", "&description=%FF");
		sign("overlong encoding", "&description=%C0%AF");
		sign("encoded surrogate", "&description=%ED%A0%80");
	}

	private void bodies() {
		String fields = base("sign") + kind();
		this.corpus.put("empty urlencoded body", () -> this.open311.post("/requests.json", FORM, ""));
		multipart("multipart without boundary", "multipart/form-data", "--x\r\n");
		multipart("multipart boundary absent from the body", "multipart/form-data; boundary=abc", "no parts here");
		multipart("multipart without closing boundary", "multipart/form-data; boundary=abc",
				"--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb");
		multipart("multipart part without disposition", "multipart/form-data; boundary=abc",
				"--abc\r\nContent-Type: text/plain\r\n\r\nb\r\n--abc--\r\n");
		multipart("multipart part without a name", "multipart/form-data; boundary=abc",
				"--abc\r\nContent-Disposition: form-data\r\n\r\nb\r\n--abc--\r\n");
		multipart("multipart boundary of 71", "multipart/form-data; boundary=" + "b".repeat(71), "--b\r\n");
		multipart("multipart headers never end", "multipart/form-data; boundary=abc",
				"--abc\r\nContent-Disposition: form-data; name=\"a\"");
		multipart("multipart with bad control characters", "multipart/form-data; boundary=abc",
				Open311Client.multipart("abc",
						Map.of("jurisdiction_id", Open311Fixtures.TENANT, "api_key", Open311Fixtures.KEY,
								"service_code", "sign", "attribute[kind]", "damaged", "lat", "1", "long", "1",
								"description", "a\u0000" + this.marker)));
		multipart("multipart with hex lat", "multipart/form-data; boundary=abc",
				Open311Client.multipart("abc",
						Map.of("jurisdiction_id", Open311Fixtures.TENANT, "api_key", Open311Fixtures.KEY,
								"service_code", "sign", "attribute[kind]", "damaged", "lat", "0x1p3", "long", "1",
								"description", this.marker)));
		for (String body : List.of("{", "[]", "\"x\"", "null", "", "{\"service_code\": {\"a\": 1}}", "{\"lat\": NaN}",
				"{\"service_code\": \"sign\", \"service_code\": \"graffiti\"}", "{'a': 1}",
				"{\"jurisdiction_id\": \"" + Open311Fixtures.TENANT + "\", \"api_key\": \"" + Open311Fixtures.KEY
						+ "\", \"service_code\": \"sign\", \"lat\": 1e999, \"long\": 1, \"attribute\": {\"kind\": "
						+ "\"damaged\"}}",
				"{\"jurisdiction_id\": \"" + Open311Fixtures.TENANT + "\", \"api_key\": \"" + Open311Fixtures.KEY
						+ "\", \"service_code\": \"sign\", \"lat\": \"0x1p3\", \"long\": 1, \"attribute\": "
						+ "{\"kind\": \"zzz\"}}")) {
			multipart("JSON " + body, "application/json", body);
		}
		String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
				+ "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><service_code>&lol2;</service_code>";
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
		multipart("XML entity expansion", "application/xml", bomb);
		multipart("XML external entity", "text/xml", xxe);
		this.corpus.put("XML entity expansion to the XML path",
				() -> this.open311.post("/requests.xml", "application/xml", bomb));
		multipart("text/plain", "text/plain", fields);
		multipart("no content type", null, fields);
		multipart("multipart/mixed", "multipart/mixed; boundary=abc", "--abc--");
		multipart("json-patch", "application/json-patch+json", "[]");
	}

	private void methodsAndHeaders() {
		String fields = base("sign") + kind();
		this.corpus.put("PUT requests.json", () -> this.open311.send("PUT", "/requests.json"));
		this.corpus.put("DELETE requests.json", () -> this.open311.send("DELETE", "/requests.json"));
		this.corpus.put("POST services.json", () -> this.open311.post("/services.json", FORM, fields));
		this.corpus.put("POST requests.csv", () -> this.open311.post("/requests.csv", FORM, fields));
		this.corpus.put("POST without extension", () -> this.open311.post("/requests", FORM, fields));
		this.corpus.put("POST to a request", () -> this.open311.post("/requests/ABC.json", FORM, fields));
		this.corpus.put("Idempotency-Key of 300",
				() -> this.open311.post("/requests.json", FORM, fields, "Idempotency-Key", "k".repeat(300)));
		this.corpus.put("Idempotency-Key with a space",
				() -> this.open311.post("/requests.json", FORM, fields, "Idempotency-Key", "a b"));
	}

	private String base(String service) {
		return Open311Fixtures.form(service, "corpus-" + this.marker, "");
	}

	private static String kind() {
		return "&attribute%5Bkind%5D=damaged";
	}

	/**
	 * A case: the valid sign report with {@code extra} ({@code &field=value}, already
	 * encoded) replacing the field's value when the report has that field, appended
	 * otherwise.
	 */
	private void sign(String name, String extra) {
		String form = base("sign") + kind();
		int equals = extra.indexOf('=');
		String field = extra.substring(1, equals);
		String replaced = form.replaceFirst("(^|&)" + java.util.regex.Pattern.quote(field) + "=[^&]*",
				java.util.regex.Matcher.quoteReplacement(extra));
		form(name, (replaced.equals(form) && !form.contains(extra)) ? form + extra : replaced);
	}

	/**
	 * A case: the valid sign report with {@code extra} appended, so a field is sent
	 * twice.
	 */
	private void twice(String name, String extra) {
		form(name, base("sign") + kind() + extra);
	}

	private Supplier<Answer> form(String name, String body) {
		Supplier<Answer> call = () -> this.open311.post("/requests.json", FORM, body);
		this.corpus.put(name, call);
		return call;
	}

	private void multipart(String name, String contentType, String body) {
		this.corpus.put(name, () -> this.open311.post("/requests.json", contentType, body));
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
