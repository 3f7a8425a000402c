package org.muni311.routing.workqueue;

import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.routing.municipality.RoutingMaps;

import org.springframework.stereotype.Component;

/**
 * Checks a department or crew a supervisor names against the municipality's
 * configuration, as routing holds it.
 */
@Component
class Departments {

	private final RoutingMaps maps;

	Departments(RoutingMaps maps) {
		this.maps = maps;
	}

	/**
	 * The display name of {@code department} of {@code tenant}, in its default language.
	 */
	String requireDepartment(String tenant, String department) {
		MunicipalityConfiguration configuration = configuration(tenant);
		return configuration.department(department)
			.map((found) -> configuration.text(found.name(), configuration.defaultLanguage()))
			.orElseThrow(() -> new InvalidChangeException("Department '" + department + "' is not one of " + tenant
					+ "'s: " + configuration.departments().stream().map((d) -> d.id()).toList()));
	}

	/** Refuses {@code crew} unless it is a crew of {@code department}. */
	void requireCrew(String tenant, String department, String crew) {
		MunicipalityConfiguration configuration = configuration(tenant);
		boolean known = configuration.crews()
			.stream()
			.anyMatch((candidate) -> candidate.id().equals(crew) && candidate.department().equals(department));
		if (!known) {
			throw new InvalidChangeException(
					"Crew '" + crew + "' is not a crew of department '" + department + "' in " + tenant);
		}
	}

	/** The department {@code crew} of {@code tenant} belongs to, or {@code null}. */
	String departmentOf(String tenant, String crew) {
		return this.maps.of(tenant)
			.flatMap((map) -> map.configuration()
				.crews()
				.stream()
				.filter((candidate) -> candidate.id().equals(crew))
				.map((candidate) -> candidate.department())
				.findFirst())
			.orElse(null);
	}

	private MunicipalityConfiguration configuration(String tenant) {
		return this.maps.of(tenant)
			.orElseThrow(() -> new InvalidChangeException("Municipality " + tenant + " is not configured here yet"))
			.configuration();
	}

}
