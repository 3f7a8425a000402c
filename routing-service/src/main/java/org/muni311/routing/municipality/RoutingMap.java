package org.muni311.routing.municipality;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.routing.area.Area;
import org.muni311.routing.area.AreaIndex;

/**
 * One municipality's routing, immutable: its configuration, its rules in the order they
 * are tried, and an index per layer. A request no rule matches goes to triage: one with
 * no location or outside every area of the municipality's layers is matched only by rules
 * naming its service or group and no layer.
 *
 * @param version the configuration version it was built from
 * @param configuration the municipality's configuration
 * @param layers each layer's index by name, with the version it was built from
 * @param rulesInOrder the configuration's rules in the order they are tried: by priority,
 * highest first, then as listed (sorted once here, not for every request)
 */
public record RoutingMap(long version, MunicipalityConfiguration configuration, Map<String, Layer> layers,
		List<RoutingRule> rulesInOrder) {

	/** The triage department's id when the configuration names none. */
	static final String TRIAGE = "triage";

	public RoutingMap {
		layers = Map.copyOf(layers);
		rulesInOrder = List.copyOf(rulesInOrder);
	}

	/** The map of {@code configuration} over {@code layers}. */
	public RoutingMap(long version, MunicipalityConfiguration configuration, Map<String, Layer> layers) {
		this(version, configuration, layers, inOrder(configuration.rules()));
	}

	/**
	 * Decides who handles a request for {@code serviceCode} at {@code point} (which may
	 * be {@code null}). A rule naming a layer takes requests in its area; one naming a
	 * service or group but no layer takes its requests wherever they are, outside every
	 * area and without a location too; the default rule (naming nothing) takes what lies
	 * within the municipality's areas. The rest go to triage, saying why.
	 */
	public Decision route(String serviceCode, GeoPoint point) {
		Map<String, Area> located = new HashMap<>();
		if (point != null) {
			this.layers.forEach((name, layer) -> layer.index()
				.locate(point.lat(), point.lon())
				.ifPresent((area) -> located.put(name, area)));
		}
		// the area reported with a decision no layer rule made: the first layer's, by
		// name, so it is stable
		Area anyArea = this.layers.keySet()
			.stream()
			.sorted()
			.map(located::get)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		boolean within = point != null && (this.layers.isEmpty() || !located.isEmpty());
		String group = this.configuration.service(serviceCode).map(ServiceDefinition::group).orElse(null);
		for (RoutingRule rule : this.rulesInOrder) {
			if (matches(rule, serviceCode, group, located, within)) {
				Area area = (rule.layer() != null) ? located.get(rule.layer()) : anyArea;
				Optional<Department> department = this.configuration.department(rule.department());
				if (department.isEmpty()) {
					// intake's checks refuse such a rule; a configuration that still has
					// one must not lose requests
					return triage(area, "its rule names department " + rule.department() + ", which is not configured");
				}
				return new Decision(department.get(), rule.crew(), area, null,
						this.configuration.rules().indexOf(rule));
			}
		}
		if (point == null) {
			return triage(null, "the request has no location to route it by");
		}
		if (!within) {
			return triage(null, "the location is outside the municipality's areas");
		}
		return triage(anyArea, "no rule routes this service here yet");
	}

	private static List<RoutingRule> inOrder(List<RoutingRule> rules) {
		return IntStream.range(0, rules.size())
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> -rules.get(i).priority()).thenComparingInt((i) -> i))
			.map(rules::get)
			.toList();
	}

	private static boolean matches(RoutingRule rule, String serviceCode, String group, Map<String, Area> located,
			boolean within) {
		if (rule.service() != null && !rule.service().equals(serviceCode)) {
			return false;
		}
		if (rule.group() != null && !rule.group().equals(group)) {
			return false;
		}
		if (rule.layer() != null) {
			return Optional.ofNullable(located.get(rule.layer()))
				.map((area) -> area.id().equals(rule.area()))
				.orElse(false);
		}
		// by service or group alone: anywhere; the default rule: within the areas
		return rule.service() != null || rule.group() != null || within;
	}

	private Decision triage(Area area, String why) {
		return new Decision(triageDepartment(), null, area, why, null);
	}

	/**
	 * The triage department; when the configuration lacks it (intake's checks refuse
	 * that), one by its id, so that requests still land in a queue rather than failing
	 * one by one.
	 */
	private Department triageDepartment() {
		String id = (this.configuration.triageDepartment() != null) ? this.configuration.triageDepartment() : TRIAGE;
		return this.configuration.department(id)
			.orElseGet(() -> new Department(id, Map.of("en", "Triage", "fr", "Triage"), null));
	}

	/**
	 * A layer as routing holds it.
	 *
	 * @param version the layer version it was built from
	 * @param index its areas
	 */
	public record Layer(long version, AreaIndex index) {
	}

	/**
	 * Who takes a request.
	 *
	 * @param department the department
	 * @param crew a crew of it, or {@code null}
	 * @param area the area the request lies in, or {@code null}
	 * @param triageReason why it went to triage, or {@code null} when a rule routed it
	 * @param rule the position of the rule that routed it among the configuration's rules
	 * ({@code rules[2]}), or {@code null} when none did
	 */
	public record Decision(Department department, String crew, Area area, String triageReason, Integer rule) {

		/**
		 * The triage reason as a short code, for a metric tag: {@code none} when a rule
		 * routed it, else {@code no_location}, {@code outside_areas},
		 * {@code department_missing} or {@code no_rule}.
		 */
		public String triageCode() {
			if (this.triageReason == null) {
				return "none";
			}
			if (this.triageReason.contains("no location")) {
				return "no_location";
			}
			if (this.triageReason.contains("outside")) {
				return "outside_areas";
			}
			return this.triageReason.contains("not configured") ? "department_missing" : "no_rule";
		}

	}

}
