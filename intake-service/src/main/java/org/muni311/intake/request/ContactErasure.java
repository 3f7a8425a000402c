package org.muni311.intake.request;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.contracts.ContactErased;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Erases a person's contact data from the requests of one municipality they reported,
 * called about or followed. Each request is one write by {@code _id}: its contact blanked
 * when it is theirs, their {@link Followers#KEYS erasure keys} pulled, and a
 * {@link ContactErased} pushed into its outbox, so the notification service forgets them
 * too (after their subscriptions, on the same partition). The public record stays.
 */
@Service
public class ContactErasure {

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final JsonMapper json;

	private final Clock clock;

	ContactErasure(MongoTemplate mongo, OutboxRelay serviceRequestOutbox, JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.relay = serviceRequestOutbox;
		this.json = json;
		this.clock = clock;
		// the requests a person follows; their own are found by the caller history's
		// indexes. MongoDB serves it, mongo-java-server scans (a rare admin action)
		mongo.indexOps(ServiceRequest.class)
			.createIndex(new Index("tenant", Sort.Direction.ASC).on(Followers.KEYS, Sort.Direction.ASC));
	}

	/**
	 * Erases the person with {@code givenEmail} and/or {@code givenPhone} from the
	 * requests of {@code tenant}, as part of erasure {@code erasureId}. Repeating it
	 * finds nothing more.
	 * @throws RefusedException when neither is given, or one is not an {@link Email} or a
	 * {@link Phone}
	 */
	public Erased erase(String tenant, String erasureId, String givenEmail, String givenPhone, String traceParent) {
		Problems problems = new Problems();
		Email address = problems.read(() -> Email.parse(givenEmail));
		Phone number = problems.read(() -> Phone.parse(givenPhone));
		problems.throwIfAny();
		if (address == null && number == null) {
			throw new RefusedException(Problem.required(Email.FIELD, "or " + Phone.FIELD + " is required"));
		}
		String email = (address != null) ? address.address() : null;
		String phone = (number != null) ? number.number() : null;
		String emailKey = Contact.emailKey(email);
		String phoneKey = Contact.phoneKey(phone);
		List<String> keys = Contact.erasureKeys(email, phone);
		Map<String, Document> found = new LinkedHashMap<>();
		if (emailKey != null) {
			find(found, Criteria.where("tenant").is(tenant).and("contact.emailKey").is(emailKey));
		}
		if (phoneKey != null) {
			find(found, Criteria.where("tenant").is(tenant).and("contact.phoneKey").is(phoneKey));
		}
		if (!keys.isEmpty()) {
			find(found, Criteria.where("tenant").is(tenant).and(Followers.KEYS).in(keys));
		}
		int erased = 0;
		for (Document request : found.values()) {
			Document contact = request.get("contact", Document.class);
			boolean theirs = contact != null && ((emailKey != null && emailKey.equals(contact.get("emailKey")))
					|| (phoneKey != null && phoneKey.equals(contact.get("phoneKey"))));
			ContactErased payload = theirs
					? new ContactErased(erasureId, given(Contact.emailKey(contact.getString("email")), emailKey),
							given(contact.getString("phone"), phone), contact.getString("socialHandle"))
					: new ContactErased(erasureId, emailKey, phone, null);
			if (write(tenant, request.getString("requestId"), theirs, keys, payload, traceParent)) {
				erased++;
			}
		}
		return new Erased(erased, keys);
	}

	private void find(Map<String, Document> found, Criteria criteria) {
		Query query = Query.query(criteria);
		query.fields().include("requestId", "contact");
		for (Document request : this.mongo.find(query, Document.class, ServiceRequest.COLLECTION)) {
			found.putIfAbsent(request.getString("_id"), request);
		}
	}

	/** The one write by {@code _id} that erases them from request {@code requestId}. */
	private boolean write(String tenant, String requestId, boolean theirs, List<String> keys, ContactErased payload,
			String traceParent) {
		Instant now = this.clock.instant();
		EventEnvelope<ContactErased> event = EventEnvelope.create(ContactErased.TYPE, ContactErased.VERSION, tenant,
				requestId, now, traceParent, payload);
		Update update = new Update().push("outbox",
				OutboxEvent.of(Topics.REQUESTS_SUBSCRIPTIONS, event, this.json.writeValueAsString(event), now));
		if (theirs) {
			// name, email, phone, device, account and handle go; the look-up keys with
			// them
			update.set("contact", new Document());
		}
		if (!keys.isEmpty()) {
			update.pullAll(Followers.KEYS, keys.toArray());
		}
		String key = ServiceRequest.keyOf(tenant, requestId);
		boolean held = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), update, ServiceRequest.class)
			.getMatchedCount() == 1;
		if (held) {
			this.relay.wake(key);
		}
		return held;
	}

	/** The value stored, or {@code otherwise} when the request has none. */
	private static String given(String stored, String otherwise) {
		return (stored != null) ? stored : otherwise;
	}

	/**
	 * What an erasure did.
	 *
	 * @param requests how many requests held the person's contact data
	 * @param subjectKeys the person's {@link Contact#erasureKeys erasure keys}: a record
	 * of whom, without their contact
	 */
	public record Erased(int requests, List<String> subjectKeys) {
	}

}
