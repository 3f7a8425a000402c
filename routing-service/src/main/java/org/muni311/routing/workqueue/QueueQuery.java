package org.muni311.routing.workqueue;

import java.time.Instant;
import java.util.Set;

import org.muni311.contracts.RequestStatus;
import org.muni311.routing.workqueue.WorkItem.Priority;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which work items a queue shows: one municipality's, of a department or of a crew,
 * filtered.
 *
 * @param tenant the municipality
 * @param department the department, or {@code null} for a crew's queue
 * @param crew the crew, or {@code null} for the whole department
 * @param statuses the statuses shown
 * @param area only this area, or {@code null}
 * @param priority only this priority, or {@code null}
 * @param dueBefore only items due at or before this time, or {@code null}
 * @param page the page, from 0
 * @param size items a page
 */
public record QueueQuery(String tenant, String department, String crew, Set<RequestStatus> statuses, String area,
		Priority priority, Instant dueBefore, int page, int size) {

	Criteria criteria() {
		Criteria criteria = Criteria.where("tenant").is(this.tenant);
		if (this.department != null) {
			criteria.and("departmentCode").is(this.department);
		}
		if (this.crew != null) {
			criteria.and("crew").is(this.crew);
		}
		criteria.and("status").in(this.statuses);
		if (this.area != null) {
			criteria.and("areaCode").is(this.area);
		}
		if (this.priority != null) {
			criteria.and("priority").is(this.priority);
		}
		if (this.dueBefore != null) {
			criteria.and("expectedAt").lte(this.dueBefore);
		}
		return criteria;
	}

}
