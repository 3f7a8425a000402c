package org.muni311.intake.request;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.ServiceRequestStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.BulkOperations;
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
	 * The field that says whether a request's current status is a closed one, so that a
	 * list by status is asked of the store (absent: open).
	 */
	public static final String CLOSED = "closed";

	/** Applies one status event. */
	public void apply(EventEnvelope<ServiceRequestStatusChanged> event) {
		apply(List.of(event));
	}

	/**
	 * Applies a poll's status events together: one unordered bulk write of their changes
	 * (a closing one is applied alone, reading the request as it was for the
	 * submitted-to-closed timer), then one read by {@code _id $in} and one bulk write to
	 * set the {@link #CLOSED} flag where it changed. Each event's write is by the primary
	 * key, which holds the municipality, so none can touch another municipality's
	 * request; the writes of one request's events commute ({@code $set} of its own
	 * sequence, {@code $max}).
	 */
	public void apply(List<EventEnvelope<ServiceRequestStatusChanged>> events) {
		Map<String, EventEnvelope<ServiceRequestStatusChanged>> requests = new LinkedHashMap<>();
		BulkOperations changes = null;
		for (EventEnvelope<ServiceRequestStatusChanged> event : events) {
			String key = ServiceRequest.keyOf(event.tenant(), event.requestId());
			requests.putIfAbsent(key, event);
			Query request = Query.query(Criteria.where("_id").is(key));
			if (event.payload().status() == RequestStatus.CLOSED) {
				close(event, request, change(event));
				continue;
			}
			if (changes == null) {
				changes = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ServiceRequest.COLLECTION);
			}
			changes.updateOne(request, change(event));
		}
		if (changes != null) {
			changes.execute();
		}
		Set<String> held = flagClosed(requests.keySet());
		requests.forEach((key, event) -> {
			if (!held.contains(key)) {
				log.debug("Status event {} is for request {}, not held here for {}", event.eventId(), event.requestId(),
						event.tenant());
			}
		});
	}

	/**
	 * The write of {@code event}: filed under its sequence, the highest sequence and the
	 * latest time kept.
	 */
	private static Update change(EventEnvelope<ServiceRequestStatusChanged> event) {
		ServiceRequestStatusChanged change = event.payload();
		return new Update()
			.set("statuses." + change.sequence(),
					new StatusEntry(change.status(), change.notes(), change.departmentName(), event.occurredAt(),
							change.expectedAt()))
			.max("statusSequence", change.sequence())
			.max("updatedAt", event.occurredAt());
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
	 * Sets {@link #CLOSED} from the current status of each of {@code keys} (the entry of
	 * the highest sequence, not necessarily the event just applied), in one read and one
	 * bulk write of those that changed. A request's events come in order from one
	 * partition, so the flag follows its last one. Returns the keys of the requests held
	 * here.
	 */
	private Set<String> flagClosed(Collection<String> keys) {
		Query current = Query.query(Criteria.where("_id").in(keys));
		current.fields().include("statusSequence", "statuses", CLOSED);
		Set<String> held = new HashSet<>();
		BulkOperations flags = null;
		for (Document found : this.mongo.find(current, Document.class, ServiceRequest.COLLECTION)) {
			String key = found.getString("_id");
			held.add(key);
			if (!(found.get("statuses") instanceof Document statuses)
					|| !(statuses.get(String.valueOf(found.get("statusSequence"))) instanceof Document entry)) {
				continue;
			}
			boolean closed = RequestStatus.valueOf(entry.getString("status")).isClosed();
			if (!Boolean.valueOf(closed).equals(found.get(CLOSED))) {
				if (flags == null) {
					flags = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ServiceRequest.COLLECTION);
				}
				flags.updateOne(Query.query(Criteria.where("_id").is(key)), new Update().set(CLOSED, closed));
			}
		}
		if (flags != null) {
			flags.execute();
		}
		return held;
	}

}
