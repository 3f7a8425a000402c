package org.muni311.municipality.layer;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.muni311.contracts.GeoPoint;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a municipality's address points (a GeoJSON FeatureCollection of points with civic
 * addresses, as municipalities publish them) and checks them, reporting every problem at
 * once. A file that is not such a collection, a feature that is not a point in WGS84, is
 * an error; an address without a civic number, or one listed twice, a warning (real files
 * hold a few), and the first of a twice-listed address is kept.
 */
public final class AddressPointsImport {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.build();

	private final Function<String, Optional<String>> keyOf;

	private final long maxUploadBytes;

	/**
	 * An import with the layers' upload limit.
	 * @param keyOf the key an address is matched by, empty when it has none
	 */
	public AddressPointsImport(Function<String, Optional<String>> keyOf) {
		this(keyOf, LayerImport.MAX_UPLOAD_BYTES);
	}

	AddressPointsImport(Function<String, Optional<String>> keyOf, long maxUploadBytes) {
		this.keyOf = keyOf;
		this.maxUploadBytes = maxUploadBytes;
	}

	/**
	 * Reads and checks one upload; never throws for bad input.
	 * @param addressProperty the property holding the whole civic address, used when
	 * {@code numberProperty} and {@code streetProperty} are not both given
	 * @param numberProperty the property holding the civic number, or {@code null}
	 * @param streetProperty the property holding the street, or {@code null}
	 */
	public Result read(InputStream body, String addressProperty, String numberProperty, String streetProperty) {
		Findings errors = new Findings("errors");
		Findings warnings = new Findings("warnings");
		boolean byParts = numberProperty != null && !numberProperty.isBlank() && streetProperty != null
				&& !streetProperty.isBlank();
		Map<String, Point> points = new LinkedHashMap<>();
		FeatureCollectionReader.Outcome outcome = new FeatureCollectionReader(MAPPER, this.maxUploadBytes).read(body,
				errors, (index, feature) -> {
					GeoPoint point = point(index, feature.path("geometry"), errors);
					JsonNode properties = feature.path("properties");
					String address = byParts
							? (text(properties.path(numberProperty)) + " " + text(properties.path(streetProperty)))
								.trim()
							: text(properties.path(addressProperty));
					if (address.isEmpty()) {
						warnings.add(LayerProblem.ofFeature(index, null,
								" has no address in "
										+ (byParts ? "'" + numberProperty + "' and '" + streetProperty + "'"
												: "'" + addressProperty + "'")
										+ "; it is left out. Its properties are " + properties.propertyNames() + "."));
						return;
					}
					String key = this.keyOf.apply(address).orElse(null);
					if (key == null) {
						warnings.add(LayerProblem.ofFeature(index, null,
								": '" + address + "' has no civic number before its street; it is left out."));
					}
					else if (points.containsKey(key)) {
						warnings.add(LayerProblem.ofFeature(index, null, ": '" + address + "' is listed before, as '"
								+ points.get(key).address() + "'; the first is kept."));
					}
					else if (point != null) {
						points.put(key, new Point(key, address, point));
					}
				});
		return new Result(new Report(outcome.features(), points.size(), errors.list(), warnings.list()),
				List.copyOf(points.values()));
	}

	private static GeoPoint point(int index, JsonNode geometry, Findings errors) {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if ("MultiPoint".equals(type) && coordinates.size() == 1) {
			coordinates = coordinates.get(0);
		}
		else if (!"Point".equals(type)) {
			errors.add(LayerProblem.ofFeature(index, null, (type.isEmpty() ? " has no geometry" : " is a " + type)
					+ ": address points are Points. Areas such as wards go under layers/{layer}."));
			return null;
		}
		if (coordinates.size() < 2 || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
			errors.add(LayerProblem.ofFeature(index, null, ": its point has no [longitude, latitude]."));
			return null;
		}
		double lon = coordinates.get(0).asDouble();
		double lat = coordinates.get(1).asDouble();
		if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			errors.add(LayerProblem.ofFeature(index, null, ": [" + lon + ", " + lat
					+ "] is not WGS84 longitude/latitude: re-project the file to WGS84 (EPSG:4326)."));
			return null;
		}
		return new GeoPoint(lat, lon);
	}

	private static String text(JsonNode value) {
		return (value.isString() || value.isNumber()) ? value.asString().trim() : "";
	}

	/**
	 * One address point.
	 *
	 * @param key what it is matched by
	 * @param address as the file writes it
	 * @param point where it is
	 */
	public record Point(String key, String address, GeoPoint point) {
	}

	/**
	 * @param report what the import found
	 * @param points the distinct addresses, when the report has no errors
	 */
	public record Result(Report report, List<Point> points) {

		/** Whether nothing stops the import. */
		public boolean acceptable() {
			return this.report.errors().isEmpty();
		}

	}

	/**
	 * What an import of address points found.
	 *
	 * @param features features in the file
	 * @param addresses distinct addresses placed
	 * @param errors what refuses the file
	 * @param warnings what was left out, and why
	 */
	public record Report(int features, int addresses, List<LayerProblem> errors, List<LayerProblem> warnings) {
	}

}
