package org.muni311.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muni311.autoconfigure.audit.StaffRead;
import org.muni311.autoconfigure.audit.StaffReadRetention;
import org.muni311.autoconfigure.audit.StaffReads;
import org.muni311.contracts.ContactErased;
import org.muni311.contracts.Topics;
import org.muni311.deploy.testsupport.KafkaTestClient;
import org.muni311.intake.ChannelClients.Channel;
import org.muni311.intake.ChannelClients.Reply;
import org.muni311.intake.request.ServiceRequest;
import org.muni311.municipality.ApiKeys;
import org.muni311.municipality.Configurations;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure of a resident's contact data at their request, and the audit log of staff
 * reads, over HTTP with real staff sign-in, Kafka and store: the requests the person
 * reported, called about and followed lose their contact (another reporter's stays), each
 * tells notification with one {@code ContactErased} on {@code requests.subscriptions},
 * the public record stays; only the municipality's administrators may erase; a caller
 * look-up is logged with who and what, and purged after its year.
 */
@ChannelsContext
class ErasureIT {

	static final String ERASURES = "/admin/v1/municipalities/" + Open311Fixtures.TENANT + "/erasures";

	static final String READS = "/admin/v1/municipalities/" + Open311Fixtures.TENANT + "/staff-reads";

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

	@Autowired
	StaffReads reads;

	@Autowired
	StaffReadRetention retention;

	private ChannelClients clients;

	@BeforeEach
	void municipality() {
		Open311Fixtures.ensure(this.configurations, this.keys, this.json);
		this.clients = new ChannelClients(this.port, this.json);
	}

	@Test
	void erasesTheContactOfTheRequestsThePersonReportedCalledAboutAndFollowedAndTellsNotification() {
		String person = "erase-" + UUID.randomUUID();
		String email = person + "@example.org";
		String phone = "+1613555" + ThreadLocalRandom.current().nextInt(1000, 9999);
		String reported = file(Channel.OPEN311,
				Map.of("email", email.toUpperCase(), "first_name", "Erin", "description", "Graffiti"));
		String called = file(Channel.AGENT_API, Map.of("phone", phone, "first_name", "Erin", "description", "Called"));
		String neighbours = file(Channel.OPEN311, Map.of("email", "neighbour-" + person + "@example.org", "first_name",
				"Nora", "description", "Theirs, followed"));
		Reply followed = this.clients.staff("POST", "/intake/v1/requests/" + neighbours + "/followers", null, """
				{"jurisdiction_id": "%s", "api_key": "%s", "email": "%s"}""".formatted(Open311Fixtures.TENANT,
				Open311Fixtures.KEY, email));
		assertThat(followed.status()).as(followed.body()).isEqualTo(200);

		Reply erased = this.clients.staff("POST", ERASURES, "clerk-f:clerk-pw", """
				{"email": " %s ", "phone": "(613) 555-%s"}""".formatted(email, phone.substring(phone.length() - 4)));

		assertThat(erased.status()).as(erased.body()).isEqualTo(202);
		assertThat(erased.json().path("requests").asInt()).isEqualTo(3);
		assertThat(erased.body()).as("never the contact").doesNotContain(person).doesNotContain(phone);
		String erasureId = erased.json().path("erasure_id").asString();
		for (String id : List.of(reported, called)) {
			ServiceRequest stored = stored(id);
			assertThat(stored.contact()).as("the contact of " + id).hasAllNullFieldsOrProperties();
			assertThat(stored.description()).as("the public record stays").isNotBlank();
		}
		ServiceRequest theirs = stored(neighbours);
		assertThat(theirs.contact().email()).as("the reporter of a followed request keeps their contact")
			.isEqualTo("neighbour-" + person + "@example.org");
		assertThat(this.mongo
			.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, neighbours), Document.class,
					ServiceRequest.COLLECTION)
			.getList("followerKeys", String.class)).as("the follower's keys").isEmpty();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(erasures(erasureId)).extracting(ConsumerRecord::key)
				.containsExactlyInAnyOrder(reported, called, neighbours));
		assertThat(erasures(erasureId)).allSatisfy((record) -> assertThat(record.value())
			.contains("\"type\":\"" + ContactErased.TYPE + "\"", "\"tenant\":\"" + Open311Fixtures.TENANT + "\""));
		Open311Client.Answer open311 = new Open311Client(this.port)
			.get("/requests/" + reported + ".json?jurisdiction_id=" + Open311Fixtures.TENANT);
		assertThat(open311.status()).as("the public record stays").isEqualTo(200);
		assertThat(open311.raw()).contains(reported, "Graffiti").doesNotContain(person);
		Document record = this.mongo.findById(erasureId, Document.class, "erasures");
		assertThat(record).as("the record of the erasure").isNotNull();
		assertThat(record.getString("requestedBy")).isEqualTo("clerk-f");
		assertThat(record.getInteger("requests")).isEqualTo(3);
		assertThat(record.toJson()).as("holds no contact data").doesNotContain(person).doesNotContain("555");

		Reply again = this.clients.staff("POST", ERASURES, "clerk-f:clerk-pw", "{\"email\": \"" + email + "\"}");
		assertThat(again.json().path("requests").asInt()).as("nothing left to erase").isZero();
	}

	@Test
	void onlyTheMunicipalitysAdministratorsMayErase() {
		String email = "kept-" + UUID.randomUUID() + "@example.org";
		String reported = file(Channel.OPEN311, Map.of("email", email, "description", "Kept"));
		String body = "{\"email\": \"" + email + "\"}";

		assertThat(this.clients.staff("POST", ERASURES, null, body).status()).isEqualTo(401);
		assertThat(this.clients.staff("POST", ERASURES, "clerk-a:clerk-pw", body).status())
			.as("another municipality's administrator")
			.isEqualTo(403);
		assertThat(this.clients.staff("POST", ERASURES, "agent-7:agent-pw", body).status()).as("an agent")
			.isEqualTo(403);
		assertThat(stored(reported).contact().email()).isEqualTo(email);
		Reply platform = this.clients.staff("POST", ERASURES, "platform:platform-pw", body);
		assertThat(platform.status()).as("the platform administrator").isEqualTo(202);
		assertThat(stored(reported).contact().email()).isNull();
	}

	@Test
	void anErasureNamesAnEmailOrAPhoneNumber() {
		long before = this.mongo.count(new Query(), "erasures");
		Reply empty = this.clients.staff("POST", ERASURES, "clerk-f:clerk-pw", "{}");
		Reply blank = this.clients.staff("POST", ERASURES, "clerk-f:clerk-pw", "{\"email\": \" \", \"phone\": \"\"}");
		Reply wrong = this.clients.staff("POST", ERASURES, "clerk-f:clerk-pw",
				"{\"email\": \"not an address\", \"phone\": \"call me\"}");

		assertThat(empty.status()).as(empty.body()).isEqualTo(400);
		assertThat(empty.messages()).containsExactly("email or phone is required");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.messages()).hasSize(2);
		assertThat(this.mongo.count(new Query(), "erasures")).as("no erasure recorded").isEqualTo(before);
	}

	@Test
	void aCallerLookUpIsLoggedWithWhoAndWhatAndShownToTheMunicipalitysAdministrators() {
		String email = "looked-up-" + UUID.randomUUID() + "@example.org";
		Instant asked = Instant.now().minusSeconds(1);
		Reply history = this.clients.staff("GET", ChannelsIT.AGENT_BASE + "/callers?email=" + email, "agent-7:agent-pw",
				null);
		assertThat(history.status()).as(history.body()).isEqualTo(200);

		List<StaffRead> logged = this.mongo.find(
				Query
					.query(Criteria.where("who").is("agent-7").and("subject").is("l***@e***.org").and("at").gte(asked)),
				StaffRead.class);
		assertThat(logged).as("the look-up, its caller masked").hasSize(1).allSatisfy((read) -> {
			assertThat(read.what()).isEqualTo(StaffReads.CALLER_HISTORY);
			assertThat(read.jurisdiction()).isEqualTo(Open311Fixtures.TENANT);
		});
		Reply log = this.clients.staff("GET", READS + "?size=200", "clerk-f:clerk-pw", null);
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		assertThat(log.json().findValuesAsString("id")).contains(logged.get(0).id());
		assertThat(log.body()).doesNotContain(email);
		assertThat(this.clients.staff("GET", READS, "agent-7:agent-pw", null).status()).as("an agent").isEqualTo(403);
		assertThat(this.clients.staff("GET", READS, "clerk-a:clerk-pw", null).status())
			.as("another municipality's administrator")
			.isEqualTo(403);
		assertThat(this.clients.staff("GET", READS + "?size=100&page=100", "clerk-f:clerk-pw", null).status())
			.as("deeper than the bound")
			.isEqualTo(400);
	}

	@Test
	void staffReadsArePurgedAfterAYear() {
		String subject = "purge-" + UUID.randomUUID();
		StaffRead old = this.reads.record(null, Open311Fixtures.TENANT, StaffReads.CALLER_HISTORY, subject);

		purgeAfter(Duration.ofDays(364));
		assertThat(this.mongo.findById(old.id(), StaffRead.class)).as("a read of this year stays").isNotNull();

		purgeAfter(Duration.ofDays(366));
		assertThat(this.mongo.findById(old.id(), StaffRead.class)).as("a read over a year old is purged").isNull();
	}

	/** Runs the purge with a clock moved {@code ahead} of now. */
	private void purgeAfter(Duration ahead) {
		new StaffReads(this.mongo, Clock.offset(Clock.systemUTC(), ahead), this.retention).purge();
	}

	/**
	 * Files {@code fields} through {@code channel}, with a service and a point; its id.
	 */
	private String file(Channel channel, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("service_code", "graffiti");
		all.put("lat", String.format("%.6f", 45.40 + ThreadLocalRandom.current().nextDouble(0.05)));
		all.put("long", "-75.6972");
		Reply filed = this.clients.submit(channel, all);
		String id = channel.filedId(filed);
		assertThat(id).as(filed.body()).isNotNull();
		return id;
	}

	private ServiceRequest stored(String id) {
		return this.mongo.findById(ServiceRequest.keyOf(Open311Fixtures.TENANT, id), ServiceRequest.class);
	}

	/** The {@code ContactErased} events of erasure {@code erasureId} on the topic. */
	private List<ConsumerRecord<String, String>> erasures(String erasureId) {
		return KafkaTestClient.shared()
			.readAll(Topics.REQUESTS_SUBSCRIPTIONS)
			.stream()
			.filter((record) -> record.value().contains(erasureId))
			.toList();
	}

}
