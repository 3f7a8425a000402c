package org.muni311.routing.workqueue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;
import org.muni311.contracts.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work items opened and closed (counted as this instance makes the change), and the open
 * ones by municipality and status, and overdue (escalated and still open), counted from
 * the store every {@code muni311.metrics.work-items-interval} (30 s), so that every
 * instance reports the same whole.
 */
@Component
class WorkItemMetrics {

	private static final Logger log = LoggerFactory.getLogger(WorkItemMetrics.class);

	private static final List<String> OPEN = List.of(RequestStatus.values())
		.stream()
		.filter(Workflow::isOpen)
		.map(Enum::name)
		.toList();

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	private final MultiGauge open;

	private final MultiGauge overdue;

	private final Set<String> tenants = ConcurrentHashMap.newKeySet();

	WorkItemMetrics(MongoTemplate mongo, MeterRegistry meters, QueueListeners listeners) {
		this.mongo = mongo;
		this.meters = meters;
		this.open = MultiGauge.builder("muni311.workitems.open")
			.description("Open work items by municipality and status")
			.register(meters);
		this.overdue = MultiGauge.builder("muni311.workitems.overdue")
			.description("Open work items past their expected response time, by municipality")
			.register(meters);
		listeners.listen(this::changed);
	}

	private void changed(WorkItem before, WorkItem after) {
		this.tenants.add(after.tenant());
		if (before == null) {
			count("muni311.workitems.opened", "Work items created by routing", after);
		}
		else if (before.status() != RequestStatus.CLOSED && after.status() == RequestStatus.CLOSED) {
			count("muni311.workitems.closed", "Work items closed", after);
		}
	}

	private void count(String name, String description, WorkItem item) {
		Counter.builder(name)
			.description(description)
			.tag("municipality", item.tenant())
			.tag("department", item.departmentCode())
			.register(this.meters)
			.increment();
	}

	/**
	 * Recounts the open items: two aggregations over the open ones. Every municipality
	 * seen once keeps a row for each open status and for overdue, at zero when it has
	 * none, so that dashboards and alerts see the series.
	 */
	@Scheduled(fixedDelayString = "${muni311.metrics.work-items-interval:PT30S}", initialDelay = 0)
	void recount() {
		try {
			Map<List<String>, Long> byStatus = new HashMap<>();
			for (Document row : counts(Criteria.where("status").in(OPEN), "tenant", "status")) {
				Document id = row.get("_id", Document.class);
				this.tenants.add(id.getString("tenant"));
				byStatus.put(List.of(id.getString("tenant"), id.getString("status")),
						((Number) row.get("count")).longValue());
			}
			Map<String, Long> late = new HashMap<>();
			for (Document row : counts(Criteria.where("status").in(OPEN).and("escalatedAt").ne(null), "tenant")) {
				late.put(row.getString("_id"), ((Number) row.get("count")).longValue());
			}
			List<MultiGauge.Row<?>> open = new ArrayList<>();
			List<MultiGauge.Row<?>> overdue = new ArrayList<>();
			for (String tenant : this.tenants) {
				for (String status : OPEN) {
					open.add(MultiGauge.Row.of(Tags.of("municipality", tenant, "status", status),
							byStatus.getOrDefault(List.of(tenant, status), 0L)));
				}
				overdue.add(MultiGauge.Row.of(Tags.of("municipality", tenant), late.getOrDefault(tenant, 0L)));
			}
			this.open.register(open, true);
			this.overdue.register(overdue, true);
		}
		catch (RuntimeException ex) {
			log.warn("Counting open work items failed; tried again at the next interval: {}", ex.toString());
		}
	}

	private List<Document> counts(Criteria which, String... by) {
		Aggregation counting = Aggregation.newAggregation(Aggregation.match(which),
				Aggregation.group(by).count().as("count"));
		return this.mongo.aggregate(counting, WorkItem.COLLECTION, Document.class).getMappedResults();
	}

}
