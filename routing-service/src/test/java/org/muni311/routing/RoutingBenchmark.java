package org.muni311.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.muni311.contracts.GeoPoint;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfiguration.Department;
import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.routing.area.Area;
import org.muni311.routing.area.AreaIndex;
import org.muni311.routing.municipality.RoutingMap;

/**
 * The routing benchmark (not a test; run by {@code deploy/benchmark/routing.sh}): routing
 * decisions a second, one thread, for a municipality whose one layer has 10, 1,000 and
 * 10,000 areas tiling the same square degree. Each area has 256 boundary vertices (wavy
 * edges shared exactly with its neighbours), so the exact test costs what a real ward's
 * does; a tenth of the points fall outside every area. Rules: 20 services, each with a
 * rule for one area and a city-wide one. Prints decisions a second and, against 10 areas,
 * how much more a decision costs beside how many more areas there are.
 */
public final class RoutingBenchmark {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private static final int VERTICES_PER_EDGE = 64;

	private RoutingBenchmark() {
	}

	public static void main(String[] args) {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 3;
		int[] sizes = { 10, 1_000, 10_000 };
		System.out.printf(Locale.ROOT, "%10s %12s %14s %12s %14s %14s%n", "areas", "index (ms)", "decisions/s",
				"us/decision", "areas ratio", "cost ratio");
		double baseCost = 0;
		for (int areas : sizes) {
			long built = System.nanoTime();
			RoutingMap map = map(areas);
			double buildMs = (System.nanoTime() - built) / 1e6;
			measure(map, seconds);
			double perSecond = measure(map, seconds);
			double cost = 1e6 / perSecond;
			if (baseCost == 0) {
				baseCost = cost;
			}
			System.out.printf(Locale.ROOT, "%10d %12.0f %14.0f %12.2f %14s %14s%n", areas, buildMs, perSecond, cost,
					"x" + (areas / sizes[0]), String.format(Locale.ROOT, "x%.2f", cost / baseCost));
		}
	}

	/**
	 * Decisions a second over {@code seconds}; the sum of crews' lengths keeps the JIT
	 * from skipping the work.
	 */
	private static double measure(RoutingMap map, double seconds) {
		SplittableRandom random = new SplittableRandom(42);
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		long decisions = 0;
		long sink = 0;
		long start = System.nanoTime();
		while (System.nanoTime() < deadline) {
			for (int i = 0; i < 1000; i++) {
				GeoPoint point = new GeoPoint(44.0 + random.nextDouble() * 1.0, -80.05 + random.nextDouble() * 1.1);
				RoutingMap.Decision decision = map.route("service-" + random.nextInt(20), point);
				sink += decision.department().id().length();
			}
			decisions += 1000;
		}
		if (sink == 42) {
			System.out.print("");
		}
		return decisions / ((System.nanoTime() - start) / 1e9);
	}

	private static RoutingMap map(int count) {
		int side = (int) Math.ceil(Math.sqrt(count));
		double cell = 1.0 / side;
		List<Area> areas = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int row = i / side;
			int column = i % side;
			double west = -80.0 + column * cell;
			double south = 44.0 + row * cell;
			areas.add(new Area("zones", "Z" + i, "Zone " + i, cell(west, south, cell)));
		}
		List<ServiceDefinition> services = new ArrayList<>();
		List<RoutingRule> rules = new ArrayList<>();
		for (int s = 0; s < 20; s++) {
			String code = "service-" + s;
			services.add(new ServiceDefinition(code, Map.of("en", code), Map.of(), "all", List.of(), "realtime",
					List.of(), 48));
			rules.add(new RoutingRule(code, null, "zones", "Z" + (s % count), "works", null, 10));
			rules.add(new RoutingRule(code, null, null, null, "roads", null, 0));
		}
		MunicipalityConfiguration configuration = new MunicipalityConfiguration("bench.example", Map.of("en", "Bench"),
				"UTC", List.of("en"), null, null, List.of(new ServiceGroup("all", Map.of())), services,
				List.of(new Department("triage", Map.of("en", "Triage"), null),
						new Department("roads", Map.of("en", "Roads"), null),
						new Department("works", Map.of("en", "Works"), null)),
				List.of(), rules, "triage");
		return new RoutingMap(1, configuration, Map.of("zones", new RoutingMap.Layer(1, new AreaIndex(areas))));
	}

	/**
	 * A square cell whose edges wave by a function of the position along them, so
	 * neighbours share them exactly.
	 */
	private static Polygon cell(double west, double south, double size) {
		double east = west + size;
		double north = south + size;
		List<Coordinate> ring = new ArrayList<>();
		for (int i = 0; i < VERTICES_PER_EDGE; i++) {
			double x = west + size * i / VERTICES_PER_EDGE;
			ring.add(new Coordinate(x, south + wave(x, size)));
		}
		for (int i = 0; i < VERTICES_PER_EDGE; i++) {
			double y = south + size * i / VERTICES_PER_EDGE;
			ring.add(new Coordinate(east + wave(y, size), y));
		}
		for (int i = VERTICES_PER_EDGE; i > 0; i--) {
			double x = west + size * i / VERTICES_PER_EDGE;
			ring.add(new Coordinate(x, north + wave(x, size)));
		}
		for (int i = VERTICES_PER_EDGE; i > 0; i--) {
			double y = south + size * i / VERTICES_PER_EDGE;
			ring.add(new Coordinate(west + wave(y, size), y));
		}
		ring.add(ring.get(0).copy());
		return GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
	}

	/** Zero at every cell corner, at most a tenth of a cell. */
	private static double wave(double along, double size) {
		return 0.1 * size * Math.sin(Math.PI * 2 * along / size);
	}

}
