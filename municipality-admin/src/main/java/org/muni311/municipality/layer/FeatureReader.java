package org.muni311.municipality.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * Reads one feature of an upload into an area: its id, its name and its checked geometry.
 * When the id (or name) property is missing from every feature, says so once, with the
 * properties the features do have: the clerk named the wrong property, and seventy
 * identical messages would hide that.
 */
final class FeatureReader {

	private final GeoJsonGeometry geometries;

	private final String idProperty;

	private final String nameProperty;

	private final Findings errors;

	private final Findings warnings;

	private final List<LayerProblem> missingIds = new ArrayList<>();

	private final List<LayerProblem> missingNames = new ArrayList<>();

	private String firstProperties;

	/**
	 * @param nameProperty {@code null} or blank when the areas have no names: their ids
	 * are used, silently
	 */
	FeatureReader(GeoJsonGeometry geometries, String idProperty, String nameProperty, Findings errors,
			Findings warnings) {
		this.geometries = geometries;
		this.idProperty = idProperty;
		this.nameProperty = (nameProperty == null || nameProperty.isBlank()) ? null : nameProperty;
		this.errors = errors;
		this.warnings = warnings;
	}

	/**
	 * An area read from one feature: {@code id} is {@code null} when it has no usable id,
	 * {@code geometry} when its geometry has errors.
	 */
	record ReadArea(int index, String id, String name, Geometry geometry) {
	}

	ReadArea read(int index, JsonNode feature) {
		if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
			this.errors.add(LayerProblem.ofFeature(index, null, " is not a GeoJSON Feature (" + found(feature)
					+ "): each element of \"features\" must be an object with \"type\": \"Feature\"."));
			if (!feature.isObject()) {
				return new ReadArea(index, null, null, null);
			}
		}
		JsonNode properties = feature.path("properties");
		if (this.firstProperties == null) {
			this.firstProperties = String.join(", ", properties.propertyNames());
		}
		String id = id(index, properties);
		String name = name(index, id, properties);
		Geometry geometry = this.geometries.read(feature.get("geometry"),
				(message) -> this.errors.add(LayerProblem.ofFeature(index, id, message)));
		if (geometry != null) {
			String invalid = Validity.problem(geometry);
			if (invalid != null) {
				this.errors.add(LayerProblem.ofFeature(index, id, invalid));
				geometry = null;
			}
		}
		return new ReadArea(index, id, name, geometry);
	}

	/**
	 * Adds the problems held back until every feature was read; {@code features} is how
	 * many were.
	 */
	void finish(int features) {
		if (features > 1 && this.missingIds.size() == features) {
			this.errors.add(LayerProblem.ofFile("No feature has the property '" + this.idProperty
					+ "' that should hold the area id. The first feature's properties are: " + listed()
					+ ". Choose the property that identifies each area."));
		}
		else {
			this.missingIds.forEach(this.errors::add);
		}
		if (features > 1 && this.missingNames.size() == features) {
			this.warnings.add(LayerProblem.ofFile("No feature has the property '" + this.nameProperty
					+ "', so each area's id is used as its name. The first feature's properties are: " + listed()
					+ "."));
		}
		else {
			this.missingNames.forEach(this.warnings::add);
		}
	}

	private String id(int index, JsonNode properties) {
		if (this.idProperty == null || this.idProperty.isBlank()) {
			return null;
		}
		JsonNode value = properties.path(this.idProperty);
		if (value.isString() || value.isNumber()) {
			String id = text(value);
			if (!id.isEmpty()) {
				return id;
			}
			this.missingIds.add(LayerProblem.ofFeature(index, null, " has a blank '" + this.idProperty
					+ "' property: give every area an id, unique within the layer."));
		}
		else if (value.isMissingNode() || value.isNull()) {
			this.missingIds.add(LayerProblem.ofFeature(index, null, " has no '" + this.idProperty
					+ "' property (the area id). Its properties are: " + listed(properties) + "."));
		}
		else {
			this.errors.add(LayerProblem.ofFeature(index, null, ": its '" + this.idProperty + "' property is " + value
					+ ", but an area id must be text or a number."));
		}
		return null;
	}

	private String name(int index, String id, JsonNode properties) {
		if (this.nameProperty == null || id == null) {
			return id;
		}
		JsonNode value = properties.path(this.nameProperty);
		String name = (value.isString() || value.isNumber()) ? text(value) : "";
		if (name.isEmpty()) {
			this.missingNames.add(LayerProblem.ofFeature(index, id, " has no '" + this.nameProperty
					+ "' property (or it is blank), so its id '" + id + "' is used as its name."));
			return id;
		}
		return name;
	}

	/**
	 * Text as written, without surrounding blanks; numbers without a trailing ".0" (311.0
	 * is the id 311).
	 */
	private static String text(JsonNode value) {
		if (value.isNumber()) {
			return value.decimalValue().stripTrailingZeros().toPlainString();
		}
		return value.stringValue().strip();
	}

	private String listed() {
		return (this.firstProperties == null || this.firstProperties.isEmpty()) ? "(none)" : this.firstProperties;
	}

	private static String listed(JsonNode properties) {
		String names = String.join(", ", properties.propertyNames());
		return names.isEmpty() ? "(none)" : names;
	}

	private static String found(JsonNode feature) {
		if (!feature.isObject()) {
			return "found " + feature.getNodeType().toString().toLowerCase(Locale.ROOT);
		}
		return feature.has("type") ? "its type is '" + feature.path("type").asString("") + "'" : "it has no type";
	}

}
