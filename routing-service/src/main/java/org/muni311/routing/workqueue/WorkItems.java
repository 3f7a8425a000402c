package org.muni311.routing.workqueue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Stores work items, each with the status events it owes, and hands them to the outbox
 * relay. Every change is one conditional write on {@code {_id, version}}: of two changes
 * made on the same version one wins and the other finds nothing to update. A unique index
 * on exactly those two keys lets mongo-java-server serve that write as a lookup (it scans
 * for any criteria that are not exactly an index's keys); on MongoDB the {@code _id}
 * index serves it.
 */
@Service
public class WorkItems {

	/**
	 * A queue's order: soonest due first, then the longest waiting, then by id (the queue
	 * indexes end with it, after {@code status}).
	 */
	private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.asc("expectedAt"), Sort.Order.asc("routedAt"),
			Sort.Order.asc("_id"));

	private final MongoTemplate mongo;

	private final OutboxRelay outbox;

	private final QueueListeners listeners;

	WorkItems(MongoTemplate mongo, OutboxRelay outbox, QueueListeners listeners) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.listeners = listeners;
		var indexes = mongo.indexOps(WorkItem.COLLECTION);
		indexes.createIndex(
				new Index("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique().named("id_version"));
		// queues (MongoDB serves them by these; mongo-java-server ignores non-unique
		// indexes and scans): the equality fields first, the status ($in) last of them,
		// then the whole sort of queue(), so that a page is read in index order
		// (docs/indexes.md); a due-before limit is a range on the sorted expectedAt
		queueIndex(indexes, "department_queue", "departmentCode");
		queueIndex(indexes, "crew_queue", "crew");
		queueIndex(indexes, "municipality_queue");
		// the crew API's filters within a department's queue
		queueIndex(indexes, "department_area_queue", "departmentCode", "areaCode");
		queueIndex(indexes, "department_priority_queue", "departmentCode", "priority");
		// the SLA check: only open, not yet escalated items carry the field
		indexes.createIndex(new Index("slaDueAt", Sort.Direction.ASC).sparse().named("sla_due"));
		// the work-item gauges (WorkItemMetrics): open items ($in) counted by
		// municipality
		// and status, and the escalated among them (escalatedAt $ne null, the range)
		indexes.createIndex(
				new Index("status", Sort.Direction.ASC).on("escalatedAt", Sort.Direction.ASC).named("open_escalated"));
	}

	private static void queueIndex(IndexOperations indexes, String name, String... equalities) {
		Index index = new Index("tenant", Sort.Direction.ASC);
		for (String field : equalities) {
			index.on(field, Sort.Direction.ASC);
		}
		index.on("status", Sort.Direction.ASC);
		for (Sort.Order order : QUEUE_ORDER) {
			index.on(order.getProperty(), order.getDirection());
		}
		indexes.createIndex(index.named(name));
	}

	/**
	 * Stores {@code item} and its events in one write unless its request already has one.
	 * Returns whether it was new: a repeat changes nothing, and the first one's events
	 * are already published or pending.
	 */
	public boolean createOnce(WorkItem item) {
		try {
			this.mongo.insert(item);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outbox.written(item.id(), item.outbox());
		this.listeners.changed(null, item);
		return true;
	}

	/** The work item of {@code requestId} in {@code tenant}, looked up by {@code _id}. */
	public Optional<WorkItem> find(String tenant, String requestId) {
		return Optional.ofNullable(this.mongo.findById(WorkItem.idOf(tenant, requestId), WorkItem.class));
	}

	/**
	 * Writes {@code change} and {@code events} in one write, provided nobody changed the
	 * item since it was read.
	 * @throws StaleVersionException when somebody did
	 */
	WorkItem apply(Draft change, List<OutboxEvent> events) {
		WorkItem base = change.base;
		Update update = new Update().set("status", change.status)
			.set("departmentCode", change.departmentCode)
			.set("departmentName", change.departmentName)
			.set("crew", change.crew)
			.set("assignee", change.assignee)
			.set("priority", change.priority)
			.set("expectedAt", change.expectedAt)
			.set("escalatedAt", change.escalatedAt)
			.set("statusSequence", change.tellsResidents ? change.nextSequence() : base.statusSequence())
			.set("version", base.version() + 1);
		if (change.slaDueAt != null) {
			update.set("slaDueAt", change.slaDueAt);
		}
		else {
			update.unset("slaDueAt");
		}
		if (!change.entries.isEmpty()) {
			update.push("journal").each(change.entries.toArray());
		}
		if (!events.isEmpty()) {
			update.push("outbox").each(events.toArray());
		}
		UpdateResult result = this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(base.id()).and("version").is(base.version())), update,
				WorkItem.class);
		if (result.getMatchedCount() == 0) {
			WorkItem now = this.mongo.findById(base.id(), WorkItem.class);
			throw new StaleVersionException(base.requestId(), base.version(), (now != null) ? now.version() : -1);
		}
		if (!events.isEmpty()) {
			this.outbox.written(base.id(), events);
		}
		WorkItem changed = this.mongo.findById(base.id(), WorkItem.class);
		this.listeners.changed(base, changed);
		return changed;
	}

	/**
	 * One page of a queue, soonest due first (items without a due time first: MongoDB
	 * sorts a missing value lowest). MongoDB serves it by the queue indexes;
	 * mongo-java-server scans the collection, as for every query that is not by
	 * {@code _id}.
	 */
	QueuePage queue(QueueQuery query) {
		Query find = Query.query(query.criteria());
		long total = this.mongo.count(find, WorkItem.class);
		find.with(QUEUE_ORDER).skip((long) query.page() * query.size()).limit(query.size());
		return new QueuePage(this.mongo.find(find, WorkItem.class), query.page(), query.size(), total);
	}

	/**
	 * Open, not yet escalated items due before {@code now}, at most {@code limit}: one
	 * query on {@code slaDueAt}, served by its sparse index on MongoDB, a scan on
	 * mongo-java-server.
	 */
	List<WorkItem> overdue(Instant now, int limit) {
		return this.mongo.find(Query.query(Criteria.where("slaDueAt").lte(now)).limit(limit), WorkItem.class);
	}

}
