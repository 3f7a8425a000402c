package org.muni311.intake.request;

import java.util.Date;

import org.bson.Document;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps each request's public status current. Each change is filed under its per-request
 * sequence and the highest sequence seen is kept with {@code $max}, in one write by
 * {@code _id}: the order in which events arrive, repeats, and the services' clocks do not
 * matter, and the latest change wins.
 */
@Service
public class StatusUpdates {

	private static final Logger log = LoggerFactory.getLogger(StatusUpdates.class);

	private final MongoTemplate mongo;

	private final RequestMetrics metrics;

	StatusUpdates(MongoTemplate mongo, RequestMetrics metrics) {
		this.mongo = mongo;
		this.metrics = metrics;
	}

	/**
	 * Applies one status event. Returns whether the request is held here, in the event's
	 * municipality.
	 */
	/**
	 * The field that says whether a request's current status is a closed one, so that a
	 * list by status is asked of the store (absent: open).
	 */
	public static final String CLOSED = "closed";

	public boolean apply(EventEnvelope<ServiceRequestStatusChanged> event) {
		ServiceRequestStatusChanged change = event.payload();
		// the key holds the municipality: one write by primary key, which cannot touch
		// another municipality's
		Query request = Query.query(Criteria.where("_id").is(ServiceRequest.keyOf(event.tenant(), event.requestId())));
		Update update = new Update()
			.set("statuses." + change.sequence(),
					new StatusEntry(change.status(), change.notes(), change.departmentName(), event.occurredAt(),
							change.expectedAt()))
			.max("statusSequence", change.sequence())
			.max("updatedAt", event.occurredAt());
		boolean held = (change.status() == RequestStatus.CLOSED) ? close(event, request, update)
				: this.mongo.updateFirst(request, update, ServiceRequest.COLLECTION).getMatchedCount() == 1;
		if (held) {
			flagClosed(request);
		}
		else {
			log.debug("Status event {} is for request {}, not held here for {}", event.eventId(), event.requestId(),
					event.tenant());
		}
		return held;
	}

	/**
	 * The same write, reading the request as it was: its submission time for the
	 * submitted-to-closed timer, and whether this change was applied before (a redelivery
	 * is not timed twice).
	 */
	private boolean close(EventEnvelope<ServiceRequestStatusChanged> event, Query request, Update update) {
		String entry = "statuses." + event.payload().sequence();
		Query read = Query.of(request);
		read.fields().include("requestedAt").include(entry);
		Document before = this.mongo.findAndModify(read, update, FindAndModifyOptions.options().returnNew(false),
				Document.class, ServiceRequest.COLLECTION);
		if (before == null) {
			return false;
		}
		Document statuses = before.get("statuses", Document.class);
		boolean again = statuses != null && statuses.containsKey(Long.toString(event.payload().sequence()));
		if (!again && before.get("requestedAt") instanceof Date requested) {
			this.metrics.closed(event.tenant(), requested.toInstant(), event.occurredAt());
		}
		return true;
	}

	/**
	 * Sets {@link #CLOSED} from the current status (the entry of the highest sequence,
	 * not necessarily the event just applied). A request's events come in order from one
	 * partition, so the flag follows its last one.
	 */
	private void flagClosed(Query request) {
		Query current = Query.of(request);
		current.fields().include("statusSequence", "statuses", CLOSED);
		Document found = this.mongo.findOne(current, Document.class, ServiceRequest.COLLECTION);
		if (found == null || !(found.get("statuses") instanceof Document statuses)) {
			return;
		}
		Object sequence = found.get("statusSequence");
		if (!(statuses.get(String.valueOf(sequence)) instanceof Document entry)) {
			return;
		}
		boolean closed = RequestStatus.valueOf(entry.getString("status")).isClosed();
		if (!Boolean.valueOf(closed).equals(found.get(CLOSED))) {
			this.mongo.updateFirst(request, new Update().set(CLOSED, closed), ServiceRequest.COLLECTION);
		}
	}

}
