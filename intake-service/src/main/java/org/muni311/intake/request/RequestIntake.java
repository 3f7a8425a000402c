package org.muni311.intake.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ReporterSubscribed;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestSubmitted;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.municipality.Municipality;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes a new request: stores it together with the events it owes (who to tell, what to route) in one document
 * write, then hands its id to the outbox relay. Once {@link #submit} returns, the request is durable.
 */
@Service
public class RequestIntake {

	private static final char[] ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final JsonMapper json;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RequestIntake(MongoTemplate mongo, OutboxRelay serviceRequestOutbox, JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.relay = serviceRequestOutbox;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Stores {@code request} for {@code municipality}.
	 * @param service the catalogue entry named by the request
	 * @param channel how it came in
	 * @param traceParent the caller's W3C trace context
	 * @return the new {@code service_request_id}
	 */
	public String submit(Municipality municipality, ServiceDefinition service, NewServiceRequest request,
			String channel, String traceParent) {
		return submit(municipality, service, request, Filing.by(channel), traceParent);
	}

	/**
	 * Stores {@code request} for {@code municipality}, filed as {@code filing} says (by whom, for whom).
	 * @return the new {@code service_request_id}
	 */
	public String submit(Municipality municipality, ServiceDefinition service, NewServiceRequest request,
			Filing filing, String traceParent) {
		String id = newId();
		try {
			insert(id, municipality, service, request, filing, traceParent);
			return id;
		}
		catch (DuplicateKeyException ex) {
			// a 50-bit random id collided: one retry with a new id is enough
			String other = newId();
			insert(other, municipality, service, request, filing, traceParent);
			return other;
		}
	}

	/**
	 * Stores {@code request} under the id {@code id} unless a request with that id is already stored (a retry
	 * whose first attempt got through).
	 * @return whether this call stored it
	 */
	boolean submitAs(String id, Municipality municipality, ServiceDefinition service, NewServiceRequest request,
			String channel, String traceParent) {
		try {
			insert(id, municipality, service, request, Filing.by(channel), traceParent);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void insert(String id, Municipality municipality, ServiceDefinition service, NewServiceRequest request,
			Filing filing, String traceParent) {
		String channel = filing.channel();
		Instant now = this.clock.instant();
		String tenant = municipality.jurisdictionId();
		String language = (request.language() != null) ? request.language() : municipality.defaultLanguage();
		String serviceName = municipality.configuration().text(service.name(), language);
		EventEnvelope<ReporterSubscribed> subscribed = EventEnvelope.create(ReporterSubscribed.TYPE,
				ReporterSubscribed.VERSION, tenant, id, now, traceParent,
				new ReporterSubscribed(filing.subscribedEmail(request.contact()),
						filing.subscribedPhone(request.contact()), language, channel,
						filing.role(), request.contact().socialHandle()));
		EventEnvelope<ServiceRequestSubmitted> submitted = EventEnvelope.create(ServiceRequestSubmitted.TYPE,
				ServiceRequestSubmitted.VERSION, tenant, id, now, traceParent,
				new ServiceRequestSubmitted(service.code(), serviceName, request.location(), request.addressString(),
						request.description(), channel));
		// the two topics are not ordered with each other: notification holds a status change that overtakes
		// the subscription until the subscription arrives
		List<OutboxEvent> outbox = List.of(outboxEvent(Topics.REQUESTS_SUBSCRIPTIONS, subscribed, now),
				outboxEvent(Topics.REQUESTS_SUBMITTED, submitted, now));
		StatusEntry received = new StatusEntry(RequestStatus.SUBMITTED, "Received; routing to a department.", null,
				now, null);
		String key = ServiceRequest.keyOf(tenant, id);
		this.mongo.insert(new ServiceRequest(key, tenant, id, service.code(), serviceName, request.description(),
				request.location(), request.addressString(), request.addressId(), request.mediaUrl(), channel,
				request.contact(), language, now, now, 0, Map.of("0", received), outbox, request.attributes(),
				filing.filedBy()));
		this.relay.written(key, outbox);
	}

	private OutboxEvent outboxEvent(String topic, EventEnvelope<?> event, Instant now) {
		return OutboxEvent.of(topic, event, this.json.writeValueAsString(event), now);
	}

	/** Ten characters of Crockford base32: short enough to read out over the phone. */
	String newId() {
		char[] id = new char[10];
		for (int i = 0; i < id.length; i++) {
			id[i] = ID_ALPHABET[this.random.nextInt(ID_ALPHABET.length)];
		}
		return new String(id);
	}

}
