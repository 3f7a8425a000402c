package org.muni311.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muni311.contracts.GeoPoint;
import org.muni311.intake.ChannelClients.Channel;
import org.muni311.intake.ChannelClients.Reply;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import org.muni311.municipality.address.AddressPoints;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Same input, same answer, on every channel: one table of submissions, good and bad, sent
 * through Open311, the agent API, the agent console, the resident form and the social
 * webhook, over HTTP against the real service, broker and store. Each channel refuses the
 * same ones, with a 4xx in its own shape naming the field as its own format does, and
 * stores nothing; each accepts the same ones, which the duplicate search then offers.
 */
@ChannelsContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameAnswerOnEveryChannelIT {

	/**
	 * The cases: the field each bad one is refused on ({@code null}: accepted), and what
	 * it changes.
	 */
	static final List<Case> CASES = List.of(new Case("a good submission", null, Map.of()),
			new Case("a latitude with an exponent", "lat", Map.of("lat", "4.5E1")),
			new Case("a longitude out of range", "long", Map.of("long", "-180.5")),
			new Case("a malformed email", "email", Map.of("email", "not-an-address")),
			new Case("a malformed phone", "phone", Map.of("phone", "call me maybe")),
			new Case("a description of 4,001 characters", "description",
					Map.of("description", "Graffiti " + "x".repeat(4001 - 9))),
			new Case("an unknown service code", "service_code", Map.of("service_code", "dragon-sighting")),
			new Case("no location", "location", Map.of("lat", "", "long", "")),
			new Case("an address of the municipality's address points, written loosely", null,
					Map.of("lat", "", "long", "", "address_string", "Apt 3, 12 ELM ST., Formats")),
			new Case("a civic address the address points do not have", "address_string",
					Map.of("lat", "", "long", "", "address_string", "14 Elm Street")));

	/** Where the address points put 12 Elm Street. */
	static final GeoPoint ELM_12 = new GeoPoint(45.4301, -75.7011);

	/**
	 * The municipality's address points: 12 Elm Street, and the addresses other tests of
	 * this municipality file without coordinates.
	 */
	static final String ADDRESS_POINTS = """
			{"type": "FeatureCollection", "features": [
			  {"type": "Feature", "properties": {"address": "12 Elm Street"},
			   "geometry": {"type": "Point", "coordinates": [-75.7011, 45.4301]}},
			  {"type": "Feature", "properties": {"address": "100 Main Street"},
			   "geometry": {"type": "Point", "coordinates": [-75.6950, 45.4210]}}]}""";

	@LocalServerPort
	int port;

	@Autowired
	Configurations configurations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	private ChannelClients channels;

	@Autowired
	AddressPoints addressPoints;

	@BeforeAll
	void municipalityAndAnAgentSignedIn() {
		Open311Fixtures.ensure(this.configurations, this.keys, this.json);
		this.addressPoints.importPoints(Open311Fixtures.TENANT,
				new ByteArrayInputStream(ADDRESS_POINTS.getBytes(StandardCharsets.UTF_8)), "address", null, null, false,
				"test");
		this.channels = new ChannelClients(this.port, this.json);
		this.channels.signInToTheConsole("agent-7", "agent-pw");
	}

	static Stream<Arguments> table() {
		return CASES.stream()
			.flatMap((input) -> Stream.of(Channel.values()).map((channel) -> Arguments.of(input, channel)));
	}

	@ParameterizedTest(name = "{0} through {1}")
	@MethodSource("table")
	void everyChannelGivesTheSameAnswer(Case input, Channel channel) {
		assumeTrue(input.field() == null || channel.takes(input.field()), () -> channel + "'s format has no "
				+ input.field() + ": a post carries neither a contact nor a service code (keywords choose it)");
		Map<String, String> submission = input.applyTo(base());
		long before = this.mongo.count(new Query(), ServiceRequest.class);

		Reply reply = this.channels.submit(channel, submission);

		if (input.field() == null) {
			String id = channel.filedId(reply);
			assertThat(id).as("%s accepted: %s %s", channel, reply.status(), reply.body()).isNotNull();
			if (submission.containsKey("lat")) {
				assertThat(this.channels.duplicatesOffered(submission)).as("then offered by the duplicate search")
					.contains(id);
			}
			else {
				assertThat(this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, id), ServiceRequest.class)
					.location()).as("placed by the address points").isEqualTo(ELM_12);
			}
		}
		else {
			assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
			assertThat(channel.namesField(reply, input.field()))
				.as("%s names %s in its answer: %s", channel, input.field(), reply.body())
				.isTrue();
			assertThat(this.mongo.count(new Query(), ServiceRequest.class)).as("nothing stored").isEqualTo(before);
		}
	}

	/** A good graffiti report at a spot of its own, so that no earlier one is nearby. */
	private static Map<String, String> base() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("service_code", "graffiti");
		fields.put("lat", String.format("%.6f", 46 + random.nextDouble()));
		fields.put("long", String.format("%.6f", -74 + random.nextDouble()));
		fields.put("description", "Graffiti on the wall " + random.nextInt(1_000_000));
		fields.put("first_name", "Ana");
		fields.put("email", "resident@example.org");
		fields.put("phone", "+1 613 555 0100");
		return fields;
	}

	/** The first match of {@code pattern}'s group 1 in {@code text}, or {@code null}. */
	static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher((text != null) ? text : "");
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * One row of the table.
	 *
	 * @param name what it is
	 * @param field the field it is refused on, under the platform's name; {@code null}
	 * when accepted
	 * @param changes the fields it changes in the good submission (blank: left out)
	 */
	record Case(String name, String field, Map<String, String> changes) {

		Map<String, String> applyTo(Map<String, String> good) {
			Map<String, String> fields = new LinkedHashMap<>(good);
			fields.putAll(this.changes);
			fields.values().removeIf(String::isEmpty);
			return fields;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
