package org.muni311.intake.request;

import com.mongodb.client.result.UpdateResult;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps each request's public status current. An event applies only if it occurred after the last one applied,
 * which makes redelivery a no-op and keeps a replayed old event from winding the status back.
 */
@Service
public class StatusUpdates {

	private static final Logger log = LoggerFactory.getLogger(StatusUpdates.class);

	private final MongoTemplate mongo;

	StatusUpdates(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Applies one status event. Returns whether it changed the request. */
	public boolean apply(EventEnvelope<ServiceRequestStatusChanged> event) {
		ServiceRequestStatusChanged change = event.payload();
		Query newer = Query.query(Criteria.where("_id")
			.is(event.requestId())
			.and("tenant")
			.is(event.tenant())
			.orOperator(Criteria.where("statusChangedAt").is(null),
					Criteria.where("statusChangedAt").lt(event.occurredAt())));
		Update update = new Update().set("status", change.status())
			.set("statusNotes", change.notes())
			.set("agencyResponsible", change.departmentName())
			.set("statusChangedAt", event.occurredAt())
			.set("updatedAt", event.occurredAt());
		UpdateResult result = this.mongo.updateFirst(newer, update, ServiceRequest.class);
		if (result.getMatchedCount() == 0) {
			log.debug("Status event {} for request {} is a repeat, older than the status shown, or for a request "
					+ "not held here", event.eventId(), event.requestId());
		}
		return result.getModifiedCount() > 0;
	}

}
