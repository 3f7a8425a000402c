package org.muni311.routing.municipality;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.routing.area.Area;
import org.muni311.routing.area.AreaIndex;
import org.muni311.routing.municipality.RoutingMap.Decision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing decisions of one municipality, without Kafka or a store: rules by priority over
 * a layer, and triage.
 */
class RoutingMapTest {

	private static final GeoPoint IN_WEST = new GeoPoint(0.5, 0.5);

	private static final GeoPoint ON_BORDER = new GeoPoint(0.5, 1.0);

	private static final GeoPoint OUTSIDE = new GeoPoint(5, 5);

	@Test
	void triesRulesByPriorityThenAsListedAndGivesASharedBorderToTheFirstListedArea() {
		RoutingMap map = map(
				List.of(new RoutingRule(null, "roads", null, null, "roads", null, 0),
						new RoutingRule("pothole", null, "wards", "east", "roads", "roads-east", 5),
						new RoutingRule("pothole", null, "wards", "west", "roads", "roads-west", 5)),
				List.of("triage", "roads"));

		assertThat(map.route("pothole", IN_WEST).crew()).isEqualTo("roads-west");
		assertThat(map.route("pothole", ON_BORDER).area().id()).isEqualTo("west");
		assertThat(map.route("pothole", ON_BORDER).crew()).isEqualTo("roads-west");
		assertThat(map.route("sidewalk", IN_WEST).department().id()).as("the group's rule").isEqualTo("roads");
	}

	@Test
	void sendsWhatHasNoLocationLiesOutsideOrMatchesNoRuleToTriageSayingWhy() {
		RoutingMap map = map(List.of(new RoutingRule("pothole", null, null, null, "roads", null, 0)),
				List.of("triage", "roads"));

		assertThat(map.route("pothole", null).triageReason()).contains("no location");
		assertThat(map.route("pothole", OUTSIDE).triageReason()).contains("outside");
		Decision unmatched = map.route("graffiti", IN_WEST);
		assertThat(unmatched.department().id()).isEqualTo("triage");
		assertThat(unmatched.area().id()).isEqualTo("west");
	}

	@Test
	void aRuleNamingAnUnconfiguredDepartmentAndAMissingTriageDepartmentStillLandInTriage() {
		RoutingMap map = map(List.of(new RoutingRule("pothole", null, null, null, "parks", null, 0)), List.of("roads"));

		Decision decision = map.route("pothole", IN_WEST);

		assertThat(decision.department().id()).isEqualTo("triage");
		assertThat(decision.triageReason()).contains("parks");
		assertThat(map.route("pothole", null).department().id()).isEqualTo("triage");
	}

	private static RoutingMap map(List<RoutingRule> rules, List<String> departments) {
		MunicipalityConfiguration configuration = new MunicipalityConfiguration("map.example", Map.of("en", "Map"),
				"UTC", List.of("en"), null, null, List.of(new ServiceGroup("roads", Map.of("en", "Roads"))),
				List.of(service("pothole", "roads"), service("sidewalk", "roads"), service("graffiti", "clean")),
				departments.stream().map((id) -> new Department(id, Map.of("en", id), null)).toList(), List.of(), rules,
				"triage");
		AreaIndex wards = new AreaIndex(List.of(area("west", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
				area("east", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))")));
		return new RoutingMap(1, configuration, Map.of("wards", new RoutingMap.Layer(1, wards)));
	}

	private static ServiceDefinition service(String code, String group) {
		return new ServiceDefinition(code, Map.of("en", code), Map.of(), group, List.of(), "realtime", List.of(), 24);
	}

	private static Area area(String id, String wkt) {
		try {
			return new Area("wards", id, id, new WKTReader().read(wkt));
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
