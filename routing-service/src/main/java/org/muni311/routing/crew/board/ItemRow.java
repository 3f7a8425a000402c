package org.muni311.routing.crew.board;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.contracts.RequestStatus;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.WorkItem.Priority;
import org.muni311.routing.workqueue.Workflow;

/**
 * A work item as the board shows it: names in the page's language from the municipality's
 * configuration, times in its time zone, and whether it is overdue (in words on the page,
 * never by colour alone).
 *
 * @param requestId the request
 * @param service the service's name
 * @param address the address given, or {@code null}
 * @param area the area's name, or {@code null}
 * @param status the status
 * @param priority the priority
 * @param due when it is due, as the municipality's clock shows it, or {@code null}
 * @param overdue whether it is open and past due
 * @param escalated whether the SLA check escalated it
 * @param assignee who works on it, or {@code null}
 * @param department the department's name
 * @param crew the crew's name, or {@code null}
 * @param lat the latitude, or {@code null}
 * @param lon the longitude, or {@code null}
 * @param version the version a change names
 * @param open whether work on it remains
 */
record ItemRow(String requestId, String service, String address, String area, RequestStatus status, Priority priority,
		String due, boolean overdue, boolean escalated, String assignee, String department, String crew, Double lat,
		Double lon, long version, boolean open) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static ItemRow of(WorkItem item, MunicipalityConfiguration configuration, Locale locale, Instant now) {
		String service = configuration.service(item.serviceCode())
			.map(ServiceDefinition::name)
			.map((names) -> PageBranding.localized(names, locale))
			.orElse(item.serviceCode());
		String department = configuration.department(item.departmentCode())
			.map((found) -> PageBranding.localized(found.name(), locale))
			.orElse(item.departmentName());
		boolean open = Workflow.isOpen(item.status());
		boolean overdue = open && item.expectedAt() != null && item.expectedAt().isBefore(now);
		return new ItemRow(item.requestId(), service, item.address(), item.areaName(), item.status(), item.priority(),
				time(item.expectedAt(), configuration), overdue, item.escalatedAt() != null, item.assignee(),
				department, crewName(configuration, item.crew(), locale),
				(item.location() != null) ? item.location().lat() : null,
				(item.location() != null) ? item.location().lon() : null, item.version(), open);
	}

	/** {@code at} on the municipality's clock, or {@code null}. */
	static String time(Instant at, MunicipalityConfiguration configuration) {
		if (at == null) {
			return null;
		}
		ZoneId zone = Optional.ofNullable(configuration.timeZone()).map(ZoneId::of).orElse(ZoneId.of("UTC"));
		return TIME.format(at.atZone(zone));
	}

	/**
	 * The name of {@code crew} in {@code locale}'s language, or {@code null} for none.
	 */
	static String crewName(MunicipalityConfiguration configuration, String crew, Locale locale) {
		if (crew == null) {
			return null;
		}
		return configuration.crews()
			.stream()
			.filter((candidate) -> candidate.id().equals(crew))
			.findFirst()
			.map((found) -> PageBranding.localized(found.name(), locale))
			.orElse(crew);
	}

	/** Whether it has a place on the map. */
	public boolean located() {
		return this.lat != null && this.lon != null;
	}

}
