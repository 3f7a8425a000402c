package org.muni311.routing.crew.board;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.muni311.autoconfigure.web.PageBranding;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.routing.municipality.RoutingMap;
import org.muni311.routing.municipality.RoutingMaps;
import org.muni311.routing.workqueue.WorkItem;
import org.muni311.routing.workqueue.Worker;

import org.springframework.stereotype.Component;

/**
 * What every board page reads of a municipality: its configuration as routing holds it (a
 * bare one, named by its id, while none has arrived), its branding and names in the
 * page's language, and its items as rows.
 */
@Component
class Board {

	private final RoutingMaps maps;

	private final Clock clock;

	Board(RoutingMaps maps, Clock clock) {
		this.maps = maps;
		this.clock = clock;
	}

	/** Every municipality routing holds, by id. */
	SortedSet<String> municipalities() {
		return new TreeSet<>(this.maps.tenants());
	}

	MunicipalityConfiguration configuration(String tenant) {
		return this.maps.of(tenant)
			.map(RoutingMap::configuration)
			.orElseGet(() -> new MunicipalityConfiguration(tenant, Map.of(), null, null, null, null, null, null, null,
					null, null, null));
	}

	PageBranding branding(MunicipalityConfiguration configuration, Locale locale) {
		return PageBranding.of(configuration, locale);
	}

	ItemRow row(WorkItem item, MunicipalityConfiguration configuration, Locale locale) {
		return ItemRow.of(item, configuration, locale, this.clock.instant());
	}

	/**
	 * The departments of {@code configuration}, each with its name in {@code locale}'s
	 * language.
	 */
	List<Choice> departments(MunicipalityConfiguration configuration, Locale locale) {
		return departments(configuration, locale, Worker.everyDepartment("board"));
	}

	/** The departments of {@code configuration} {@code worker} works on. */
	List<Choice> departments(MunicipalityConfiguration configuration, Locale locale, Worker worker) {
		return configuration.departments()
			.stream()
			.filter((department) -> worker.mayWorkOn(department.id()))
			.map((department) -> new Choice(department.id(), PageBranding.localized(department.name(), locale)))
			.toList();
	}

	/**
	 * The crews of {@code configuration}, each with its name in {@code locale}'s
	 * language.
	 */
	List<Choice> crews(MunicipalityConfiguration configuration, Locale locale) {
		return crews(configuration, locale, Worker.everyDepartment("board"));
	}

	/** The crews of {@code configuration} of the departments {@code worker} works on. */
	List<Choice> crews(MunicipalityConfiguration configuration, Locale locale, Worker worker) {
		return configuration.crews()
			.stream()
			.filter((crew) -> worker.mayWorkOn(crew.department()))
			.map((crew) -> new Choice(crew.id(), ItemRow.crewName(configuration, crew.id(), locale)))
			.toList();
	}

	/**
	 * One option of a list: a department or a crew.
	 *
	 * @param code its id
	 * @param name its name in the page's language (its id when the configuration names it
	 * in no language)
	 */
	record Choice(String code, String name) {

		Choice {
			name = (name != null) ? name : code;
		}

	}

}
