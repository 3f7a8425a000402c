package org.muni311.municipality;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Crew;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;

/**
 * Checks a whole configuration and lists every problem at once, so a clerk fixes them in
 * one round. References between parts (rules to departments, crews, services, groups,
 * layers and areas) are checked too: what the catalogue offers and what routing can do
 * must agree before anything is stored.
 */
final class ConfigurationCheck {

	/** Languages residents can be served in. */
	static final Set<String> LANGUAGES = Set.of("en", "fr");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	/**
	 * Domain-like, as Open311 jurisdiction ids are; never a ':' (layer and request keys
	 * use it as separator).
	 */
	static final Pattern JURISDICTION = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Function<String, Optional<MunicipalityLayer>> layers;

	/**
	 * @param layers the municipality's stored layer by name
	 */
	ConfigurationCheck(Function<String, Optional<MunicipalityLayer>> layers) {
		this.layers = layers;
	}

	ConfigurationProblems check(String jurisdictionId, MunicipalityConfiguration config) {
		ConfigurationProblems problems = new ConfigurationProblems();
		if (!JURISDICTION.matcher(jurisdictionId).matches()) {
			problems.error("jurisdiction_id '" + jurisdictionId
					+ "' must be a lowercase domain-like name: letters, digits, '.' and '-', at most 100");
		}
		if (config.jurisdictionId() != null && !config.jurisdictionId().equals(jurisdictionId)) {
			problems.error("jurisdictionId '" + config.jurisdictionId() + "' differs from the address's '"
					+ jurisdictionId + "': leave it out or make them equal");
		}
		municipality(config, problems);
		Set<String> groups = codes("groups", config.groups().stream().map(ServiceGroup::code).toList(), problems);
		config.groups().forEach((group) -> texts("group " + group.code() + " name", group.name(), config, problems));
		services(config, groups, problems);
		Set<String> departments = codes("departments", config.departments().stream().map(Department::id).toList(),
				problems);
		config.departments()
			.forEach((department) -> texts("department " + department.id() + " name", department.name(), config,
					problems));
		Set<String> crews = codes("crews", config.crews().stream().map(Crew::id).toList(), problems);
		for (Crew crew : config.crews()) {
			if (crew.department() == null || !departments.contains(crew.department())) {
				problems.error("crew " + crew.id() + " belongs to department '" + crew.department()
						+ "', which is not listed in departments");
			}
		}
		if (blank(config.triageDepartment())) {
			problems.error("triageDepartment is required: the department that takes what no rule routes");
		}
		else if (!departments.contains(config.triageDepartment())) {
			problems.error("triageDepartment '" + config.triageDepartment() + "' is not listed in departments");
		}
		new RuleCheck(config, departments, crews, groups, this.layers).check(problems);
		return problems;
	}

	private static void municipality(MunicipalityConfiguration config, ConfigurationProblems problems) {
		if (config.languages().isEmpty()) {
			problems.error("languages is required: the languages served, the default first, of " + LANGUAGES);
		}
		config.languages()
			.stream()
			.filter((language) -> !LANGUAGES.contains(language))
			.forEach((language) -> problems.error("languages: '" + language + "' is not served; use " + LANGUAGES));
		texts("name", config.name(), config, problems);
		if (blank(config.timeZone())) {
			problems.error("timeZone is required, such as America/Toronto");
		}
		else if (!ZoneId.getAvailableZoneIds().contains(config.timeZone())) {
			problems.error("timeZone '" + config.timeZone() + "' is not a known time zone, such as America/Toronto");
		}
		if (config.contact() != null && config.contact().email() != null
				&& !EMAIL.matcher(config.contact().email()).matches()) {
			problems.error("contact.email '" + config.contact().email() + "' is not an email address");
		}
		if (config.branding() != null) {
			colour("branding.primaryColour", config.branding().primaryColour(), problems);
			colour("branding.secondaryColour", config.branding().secondaryColour(), problems);
			String logo = config.branding().logoUrl();
			if (logo != null && !logo.startsWith("https://")) {
				problems.error("branding.logoUrl must be an https:// address, not '" + logo + "'");
			}
		}
	}

	private static void services(MunicipalityConfiguration config, Set<String> groups, ConfigurationProblems problems) {
		codes("services", config.services().stream().map(ServiceDefinition::code).toList(), problems);
		for (ServiceDefinition service : config.services()) {
			String where = "service " + service.code();
			texts(where + " name", service.name(), config, problems);
			if (service.group() != null && !groups.contains(service.group())) {
				problems.error(where + ": group '" + service.group() + "' is not listed in groups");
			}
			if (service.type() != null && !ServiceDefinition.TYPES.contains(service.type())) {
				problems.error(where + ": type '" + service.type() + "' is not one of " + ServiceDefinition.TYPES);
			}
			if (service.expectedResponseHours() != null && service.expectedResponseHours() <= 0) {
				problems.error(where + ": expectedResponseHours must be more than 0");
			}
			AttributeCheck.check(where, service.attributes(), problems);
		}
	}

	/**
	 * Checks that codes are present, well formed and unique; returns the distinct ones.
	 */
	static Set<String> codes(String what, List<String> codes, ConfigurationProblems problems) {
		Set<String> seen = new HashSet<>();
		for (String code : codes) {
			if (blank(code)) {
				problems.error(what + ": an entry has no code");
			}
			else if (!CODE.matcher(code).matches()) {
				problems.error(what + ": code '" + code
						+ "' may hold only letters, digits, '.', '_', ':' and '-' (at most 100)");
			}
			else if (!seen.add(code)) {
				problems.error(what + ": code '" + code + "' is listed more than once");
			}
		}
		return seen;
	}

	/**
	 * A text shown to people needs the default language at least, and is warned of for
	 * each other language served it lacks. A language refused is not checked: its refusal
	 * says all there is (a catalogue in {@code es} would otherwise bring hundreds of
	 * problems about it).
	 */
	static void texts(String what, Map<String, String> texts, MunicipalityConfiguration config,
			ConfigurationProblems problems) {
		String language = config.defaultLanguage();
		if (!LANGUAGES.contains(language)) {
			return;
		}
		if (texts == null || blank(texts.get(language))) {
			problems.error(what + " needs a text in '" + language + "', the default language");
		}
		else {
			config.languages()
				.stream()
				.filter((other) -> LANGUAGES.contains(other) && blank(texts.get(other)))
				.forEach((other) -> problems
					.warning(what + " has no '" + other + "' text; '" + language + "' is shown instead"));
		}
	}

	private static void colour(String what, String value, ConfigurationProblems problems) {
		if (value != null && !COLOUR.matcher(value).matches()) {
			problems.error(what + " '" + value + "' is not a colour like #1a5a96");
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Checks routing rules against what the configuration and the stored layers hold. */
	private record RuleCheck(MunicipalityConfiguration config, Set<String> departments, Set<String> crews,
			Set<String> groups, Function<String, Optional<MunicipalityLayer>> layers) {

		/** Areas a refusal lists at most. */
		private static final int AREAS_LISTED = 30;

		void check(ConfigurationProblems problems) {
			for (int i = 0; i < this.config.rules().size(); i++) {
				rule("rules[" + i + "]", this.config.rules().get(i), problems);
			}
			for (ServiceDefinition service : this.config.services()) {
				boolean routable = this.config.rules().stream().anyMatch((rule) -> matches(rule, service));
				if (!routable) {
					problems.warning("service " + service.code() + ": no rule routes it, so its requests go to triage ("
							+ this.config.triageDepartment() + ")");
				}
			}
		}

		private void rule(String where, RoutingRule rule, ConfigurationProblems problems) {
			if (rule.department() == null || !this.departments.contains(rule.department())) {
				problems.error(where + ": department '" + rule.department() + "' is not listed in departments");
			}
			if (rule.crew() != null && !this.crews.contains(rule.crew())) {
				problems.error(where + ": crew '" + rule.crew() + "' is not listed in crews");
			}
			else if (rule.crew() != null && this.config.crews()
				.stream()
				.noneMatch((crew) -> rule.crew().equals(crew.id())
						&& Objects.equals(crew.department(), rule.department()))) {
				problems.error(where + ": crew '" + rule.crew() + "' is not a crew of " + rule.department());
			}
			if (rule.service() != null && this.config.service(rule.service()).isEmpty()) {
				problems.error(where + ": service '" + rule.service() + "' is not in the catalogue");
			}
			if (rule.group() != null && !this.groups.contains(rule.group())) {
				problems.error(where + ": group '" + rule.group() + "' is not listed in groups");
			}
			if ((rule.layer() == null) != (rule.area() == null)) {
				problems.error(where + ": name both a layer and one of its areas, or neither");
			}
			else if (rule.layer() != null && !LayerKeys.NAME.matcher(rule.layer()).matches()) {
				problems.error(where + ": '" + rule.layer() + "' is not a layer name");
			}
			else if (rule.layer() != null) {
				Optional<MunicipalityLayer> layer = this.layers.apply(rule.layer());
				if (layer.isEmpty()) {
					problems.error(where + ": layer '" + rule.layer() + "' has not been imported; PUT it under layers/"
							+ rule.layer() + " first");
				}
				else if (!layer.get().hasArea(rule.area())) {
					problems.error(where + ": layer '" + rule.layer() + "' has no area '" + rule.area() + "'"
							+ areasOf(layer.get(), rule.area()));
				}
			}
		}

		/**
		 * What a clerk needs to name the area: the id of the area {@code named} is the
		 * name of, else the ids and names the layer has (the first
		 * {@value #AREAS_LISTED}).
		 */
		private static String areasOf(MunicipalityLayer layer, String named) {
			Optional<LayerArea> byName = layer.areas()
				.stream()
				.filter((area) -> area.name() != null && area.name().equalsIgnoreCase(named))
				.findFirst();
			if (byName.isPresent()) {
				return "; '" + named + "' is the name of area '" + byName.get().id() + "': name the area by its id";
			}
			String listed = layer.areas()
				.stream()
				.limit(AREAS_LISTED)
				.map((area) -> "'" + area.id() + "'" + ((area.name() != null) ? " (" + area.name() + ")" : ""))
				.collect(Collectors.joining(", "));
			int more = layer.areas().size() - AREAS_LISTED;
			return "; its areas are " + listed + ((more > 0) ? " and " + more + " more" : "");
		}

		private static boolean matches(RoutingRule rule, ServiceDefinition service) {
			return (rule.service() == null || rule.service().equals(service.code()))
					&& (rule.group() == null || rule.group().equals(service.group()));
		}

	}

}
