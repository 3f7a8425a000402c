package org.muni311.contracts.municipality;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a municipality decides about its service requests, except its boundaries
 * (layers travel apart, see {@link LayerPublished}) and its Open311 API keys (secrets,
 * kept by intake alone).
 *
 * @param jurisdictionId the Open311 {@code jurisdiction_id}, the tenant id everywhere
 * @param name the municipality's name by language
 * @param timeZone IANA zone, such as {@code America/Toronto}
 * @param languages languages served, the default first ({@code en}, {@code fr})
 * @param contact how residents reach the municipality
 * @param branding how its pages and messages look
 * @param groups service groups, in the order residents see them
 * @param services the service catalogue
 * @param departments who does the work
 * @param crews teams within departments
 * @param rules which department (and crew) handles what, where
 * @param triageDepartment the department that takes what no rule routes
 */
public record MunicipalityConfiguration(String jurisdictionId, Map<String, String> name, String timeZone,
		List<String> languages, Contact contact, Branding branding, List<ServiceGroup> groups,
		List<ServiceDefinition> services, List<Department> departments, List<Crew> crews, List<RoutingRule> rules,
		String triageDepartment) {

	public MunicipalityConfiguration {
		name = (name != null) ? Map.copyOf(name) : Map.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		groups = (groups != null) ? List.copyOf(groups) : List.of();
		services = (services != null) ? List.copyOf(services) : List.of();
		departments = (departments != null) ? List.copyOf(departments) : List.of();
		crews = (crews != null) ? List.copyOf(crews) : List.of();
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/** The language residents get when they name none. */
	public String defaultLanguage() {
		return this.languages.isEmpty() ? "en" : this.languages.get(0);
	}

	/** The service with {@code code}, if the catalogue has it. */
	public Optional<ServiceDefinition> service(String code) {
		return this.services.stream().filter((service) -> Objects.equals(service.code(), code)).findFirst();
	}

	/** The department with {@code id}, if listed. */
	public Optional<Department> department(String id) {
		return this.departments.stream().filter((department) -> Objects.equals(department.id(), id)).findFirst();
	}

	/**
	 * The text for {@code language} from {@code texts}, else the default language's, else
	 * any.
	 */
	public String text(Map<String, String> texts, String language) {
		if (texts == null || texts.isEmpty()) {
			return null;
		}
		String text = texts.get(language);
		if (text == null) {
			text = texts.get(defaultLanguage());
		}
		return (text != null) ? text : texts.values().iterator().next();
	}

	/**
	 * @param email address residents may write to
	 * @param phone number residents may call, such as 311
	 * @param url the municipality's web site
	 */
	public record Contact(String email, String phone, String url) {
	}

	/**
	 * @param name the name shown in page headers and message signatures
	 * @param primaryColour CSS hex colour, such as {@code #1a5a96}
	 * @param secondaryColour CSS hex colour
	 * @param logoUrl https address of the logo
	 */
	public record Branding(String name, String primaryColour, String secondaryColour, String logoUrl) {
	}

	/**
	 * @param code what services and rules refer to
	 * @param name by language
	 */
	public record ServiceGroup(String code, Map<String, String> name) {
	}

	/**
	 * @param id what rules, crews and work items refer to
	 * @param name by language
	 * @param contact how the department is reached (staff use)
	 */
	public record Department(String id, Map<String, String> name, Contact contact) {
	}

	/**
	 * @param id unique within the municipality
	 * @param department the department it belongs to
	 * @param name by language
	 */
	public record Crew(String id, String department, Map<String, String> name) {
	}

}
