package org.muni311.routing.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One municipality's departments and routing rules.
 *
 * @param tenant the municipality
 * @param triageDepartment the department that takes what cannot be routed
 * @param departments every department by code
 * @param rules service code to department code
 */
@Document("routing_directories")
public record RoutingDirectory(@Id String tenant, String triageDepartment, Map<String, Department> departments,
		Map<String, String> rules) {

	/** The department handling {@code serviceCode}, if a rule names one. */
	public Optional<Department> departmentFor(String serviceCode) {
		return Optional.ofNullable(this.rules.get(serviceCode)).map(this.departments::get);
	}

	/** The triage department. */
	public Department triage() {
		return this.departments.get(this.triageDepartment);
	}

	/**
	 * @param code department code
	 * @param name display name, shown to residents as the agency responsible
	 */
	public record Department(String code, String name) {
	}

	/** Checks the references inside; throws {@link IllegalArgumentException} naming the first broken one. */
	public RoutingDirectory validated() {
		if (!this.departments.containsKey(this.triageDepartment)) {
			throw new IllegalArgumentException("triage department '" + this.triageDepartment + "' is not listed");
		}
		List<String> unknown = this.rules.values().stream().filter((code) -> !this.departments.containsKey(code)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("rules name unknown departments " + unknown);
		}
		return this;
	}

}
