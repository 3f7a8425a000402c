package org.muni311.intake.request;

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
import org.springframework.stereotype.Component;

/**
 * Writes a new request together with the events it owes (who to tell, what to route) in
 * one document write, then hands its key to the outbox relay: once {@link #insert}
 * returns, the request is durable. Only {@link RequestIntake} files, through here.
 */
@Component
class RequestWriter {

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final JsonMapper json;

	RequestWriter(MongoTemplate mongo, OutboxRelay serviceRequestOutbox, JsonMapper json) {
		this.mongo = mongo;
		this.relay = serviceRequestOutbox;
		this.json = json;
	}

	/**
	 * Stores {@code request} under {@code id}, received at {@code now}.
	 * @throws DuplicateKeyException if a request with that id is stored already
	 */
	void insert(String id, Municipality municipality, ServiceDefinition service, NewServiceRequest request,
			Filing filing, String traceParent, Instant now) {
		String channel = filing.channel();
		String tenant = municipality.jurisdictionId();
		String language = (request.language() != null) ? request.language() : municipality.defaultLanguage();
		String serviceName = municipality.configuration().text(service.name(), language);
		EventEnvelope<ReporterSubscribed> subscribed = EventEnvelope.create(ReporterSubscribed.TYPE,
				ReporterSubscribed.VERSION, tenant, id, now, traceParent,
				new ReporterSubscribed(filing.subscribedEmail(request.contact()),
						filing.subscribedPhone(request.contact()), language, channel, filing.role(),
						request.contact().socialHandle()));
		EventEnvelope<ServiceRequestSubmitted> submitted = EventEnvelope.create(ServiceRequestSubmitted.TYPE,
				ServiceRequestSubmitted.VERSION, tenant, id, now, traceParent,
				new ServiceRequestSubmitted(service.code(), serviceName, request.location(), request.addressString(),
						request.description(), channel));
		// the two topics are not ordered with each other: notification holds a status
		// change that overtakes
		// the subscription until the subscription arrives
		List<OutboxEvent> outbox = List.of(outboxEvent(Topics.REQUESTS_SUBSCRIPTIONS, subscribed, now),
				outboxEvent(Topics.REQUESTS_SUBMITTED, submitted, now));
		StatusEntry received = new StatusEntry(RequestStatus.SUBMITTED, "Received; routing to a department.", null, now,
				null);
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

}
