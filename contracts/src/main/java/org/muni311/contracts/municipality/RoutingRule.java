package org.muni311.contracts.municipality;

/**
 * Which department (and crew) handles matching requests. A rule matches a request when
 * each criterion it names matches; a rule naming none is the municipality's default.
 * Rules are tried by {@code priority}, highest first, then in the order listed; the first
 * match wins. A rule naming a service or group but no layer takes its requests wherever
 * they are: outside every area of the municipality's layers, and without a location too.
 * The default rule (naming nothing) takes only what lies within the areas. A request no
 * rule matches goes to its triage department.
 *
 * @param service a service code, or {@code null} for any
 * @param group a service group code, or {@code null} for any
 * @param layer a layer name, with {@code area}; or {@code null} for anywhere (the default
 * rule: anywhere in the municipality's areas)
 * @param area an area id of {@code layer}
 * @param department the department that takes the work
 * @param crew a crew of that department, or {@code null} to leave it to the department
 * @param priority higher is tried first
 */
public record RoutingRule(String service, String group, String layer, String area, String department, String crew,
		int priority) {
}
