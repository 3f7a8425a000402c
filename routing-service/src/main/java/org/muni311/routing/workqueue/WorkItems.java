package org.muni311.routing.workqueue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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

	/** MongoDB's code of a write refused by a unique index. */
	private static final int DUPLICATE_KEY = 11000;

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
	 * Stores the items whose requests have none yet, with their events, in one unordered
	 * bulk insert (one round trip). Returns the items it stored (the first of two for one
	 * request in {@code items}); a repeat changes nothing. When the insert meets items
	 * stored already (a redelivery, or another instance after a rebalance), this call's
	 * own are found by their {@code routedEventId}, in one read by {@code _id $in}.
	 */
	public List<WorkItem> createAll(List<WorkItem> items) {
		Map<String, WorkItem> fresh = new LinkedHashMap<>();
		for (WorkItem item : items) {
			fresh.putIfAbsent(item.id(), item);
		}
		if (fresh.isEmpty()) {
			return List.of();
		}
		List<WorkItem> created = new ArrayList<>(fresh.values());
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WorkItem.class).insert(created).execute();
		}
		catch (BulkOperationException ex) {
			if (!ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
			created = ours(created);
		}
		for (WorkItem item : created) {
			this.outbox.written(item.id(), item.outbox());
			this.listeners.changed(null, item);
		}
		return created;
	}

	/**
	 * Of {@code items} inserted in a bulk that met duplicates, those this insert stored:
	 * each stored item holding its own routed event. One the store did not take at all is
	 * stored alone.
	 */
	private List<WorkItem> ours(List<WorkItem> items) {
		Set<String> ids = new HashSet<>();
		items.forEach((item) -> ids.add(item.id()));
		Map<Object, Document> stored = stored(ids);
		List<WorkItem> ours = new ArrayList<>();
		for (WorkItem item : items) {
			Document found = stored.get(item.id());
			if ((found != null) ? item.routedEventId().equals(found.getString("routedEventId")) : insertOnce(item)) {
				ours.add(item);
			}
		}
		return ours;
	}

	private boolean insertOnce(WorkItem item) {
		try {
			this.mongo.insert(item);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The stored items of {@code ids} by id, with their routed event's id alone. */
	private Map<Object, Document> stored(Set<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("routedEventId");
		Map<Object, Document> stored = new LinkedHashMap<>();
		for (Document document : this.mongo.find(query, Document.class, WorkItem.COLLECTION)) {
			stored.put(document.get("_id"), document);
		}
		return stored;
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
