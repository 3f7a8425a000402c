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
		RoutingMap map = map(List.of(new RoutingRule("pothole", null, "wards", "west", "roads", null, 0),
				new RoutingRule(null, null, null, null, "roads", "default", -1)), List.of("triage", "roads"));

		assertThat(map.route("pothole", null).triageReason()).contains("no location");
		assertThat(map.route("graffiti", null).triageReason()).as("the catch-all needs a place")
			.contains("no location");
		assertThat(map.route("pothole", OUTSIDE).triageReason()).contains("outside");
		assertThat(map.route("graffiti", OUTSIDE).triageReason()).as("the catch-all stays within the areas")
			.contains("outside");
		assertThat(map.route("graffiti", IN_WEST).crew()).isEqualTo("default");
	}

	@Test
	void sendsWhatMatchesNoRuleToTriageWithTheAreaItLiesIn() {
		RoutingMap map = map(List.of(new RoutingRule("pothole", null, null, null, "roads", null, 0)),
				List.of("triage", "roads"));

		Decision unmatched = map.route("graffiti", IN_WEST);

		assertThat(unmatched.department().id()).isEqualTo("triage");
		assertThat(unmatched.triageReason()).contains("no rule");
		assertThat(unmatched.area().id()).isEqualTo("west");
	}

	/**
	 * A rule by service or group alone takes its requests wherever they are: a utility
	 * serving the county beyond the wards, an address that was not placed.
	 */
	@Test
	void aRuleNamingAServiceOrGroupButNoLayerRoutesOutsideEveryAreaAndWithoutALocation() {
		RoutingMap map = map(
				List.of(new RoutingRule("pothole", null, "wards", "west", "roads", "roads-west", 5),
						new RoutingRule("pothole", null, null, null, "roads", "roads-county", 0),
						new RoutingRule(null, "clean", null, null, "parks", null, 0)),
				List.of("triage", "roads", "parks"));

		Decision outside = map.route("pothole", OUTSIDE);
		assertThat(outside.triageReason()).isNull();
		assertThat(outside.crew()).isEqualTo("roads-county");
		assertThat(outside.area()).as("it lies in no area").isNull();
		assertThat(map.route("pothole", null).crew()).as("no location").isEqualTo("roads-county");
		assertThat(map.route("pothole", IN_WEST).crew()).as("the area's rule first").isEqualTo("roads-west");
		assertThat(map.route("graffiti", OUTSIDE).department().id()).as("by group").isEqualTo("parks");
		assertThat(map.route("graffiti", null).department().id()).isEqualTo("parks");
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
