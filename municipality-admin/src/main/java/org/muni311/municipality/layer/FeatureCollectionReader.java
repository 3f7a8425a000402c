package org.muni311.municipality.layer;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams an upload's FeatureCollection, handing over one feature at a time: a tree of a
 * whole 50 MB file would take several times that in memory, a feature's tree only its own
 * share. Tells what is wrong with the file as a whole.
 */
final class FeatureCollectionReader {

	/**
	 * The names of WGS84 longitude/latitude, the only system GeoJSON (RFC 7946) allows.
	 */
	private static final Set<String> WGS84 = Set.of("urn:ogc:def:crs:ogc:1.3:crs84", "epsg:4326",
			"urn:ogc:def:crs:epsg::4326");

	private final JsonMapper mapper;

	private final long maxBytes;

	FeatureCollectionReader(JsonMapper mapper, long maxBytes) {
		this.mapper = mapper;
		this.maxBytes = maxBytes;
	}

	/** Receives each element of the {@code features} array, counted from 0. */
	interface FeatureHandler {

		void feature(int index, JsonNode feature);

	}

	/**
	 * @param readable whether the whole file was read as a FeatureCollection with
	 * features
	 * @param features how many features were handed over
	 */
	record Outcome(boolean readable, int features) {
	}

	Outcome read(InputStream body, Findings errors, FeatureHandler handler) {
		CappedInputStream capped = new CappedInputStream(body, this.maxBytes);
		Collection collection = new Collection();
		try (JsonParser parser = this.mapper.createParser(capped)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				errors.add(LayerProblem.ofFile("The file is empty: upload the layer exported as GeoJSON."));
				return new Outcome(false, 0);
			}
			if (first != JsonToken.START_OBJECT) {
				String found = (first == JsonToken.START_ARRAY) ? "a list" : "a single value";
				errors.add(notFeatureCollection("it is " + found + ", not an object"));
				return new Outcome(false, 0);
			}
			readMembers(parser, collection, handler);
			if (parser.nextToken() != null) {
				errors.add(LayerProblem.ofFile("The file is not valid GeoJSON: more JSON follows the end of the"
						+ " FeatureCollection. Upload a single FeatureCollection exported as GeoJSON."));
				return new Outcome(false, collection.features);
			}
		}
		catch (JacksonIOException ex) {
			if (!capped.exceeded()) {
				// the upload broke off (the client went away): nothing the clerk's file
				// could fix
				throw new UncheckedIOException(ex.getCause());
			}
			errors.add(tooLarge());
			return new Outcome(false, collection.features);
		}
		catch (JacksonException ex) {
			errors.add(capped.exceeded() ? tooLarge() : notJson(ex));
			return new Outcome(false, collection.features);
		}
		return new Outcome(check(collection, errors), collection.features);
	}

	private void readMembers(JsonParser parser, Collection collection, FeatureHandler handler) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "type" -> collection.type = (value == JsonToken.VALUE_STRING) ? parser.getString() : "";
				case "crs" -> collection.crs = this.mapper.readTree(parser);
				case "features" -> {
					collection.hasFeatures = true;
					collection.featuresListed = (value == JsonToken.START_ARRAY);
					if (collection.featuresListed) {
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							handler.feature(collection.features++, this.mapper.readTree(parser));
						}
					}
				}
				default -> {
				}
			}
			parser.skipChildren();
		}
	}

	private static boolean check(Collection collection, Findings errors) {
		boolean readable = true;
		if (!"FeatureCollection".equals(collection.type)) {
			errors.add(notFeatureCollection(
					(collection.type == null) ? "it has no \"type\" member" : "its type is '" + collection.type + "'"));
			readable = false;
		}
		else if (!collection.featuresListed || collection.features == 0) {
			errors
				.add(LayerProblem.ofFile("The FeatureCollection has no features"
						+ ((collection.hasFeatures && !collection.featuresListed)
								? " (its \"features\" member is not a list)" : "")
						+ ": export the layer with its areas."));
			readable = false;
		}
		String crs = crsName(collection.crs);
		if (crs != null && !WGS84.contains(crs.toLowerCase(Locale.ROOT))) {
			errors.add(LayerProblem.ofFile("The file declares the coordinate reference system '" + crs
					+ "', but areas must be in WGS84 longitude/latitude: re-project to WGS84 (EPSG:4326) and remove"
					+ " the crs member."));
			readable = false;
		}
		return readable;
	}

	/**
	 * The crs member's name, its JSON when it has none, or {@code null} when it is absent
	 * (WGS84 by RFC 7946).
	 */
	private static String crsName(JsonNode crs) {
		if (crs == null || crs.isNull()) {
			return null;
		}
		JsonNode name = crs.path("properties").path("name");
		return name.isString() ? name.stringValue() : crs.toString();
	}

	private static LayerProblem notFeatureCollection(String found) {
		return LayerProblem.ofFile("The file is JSON but not a GeoJSON FeatureCollection: " + found
				+ ". Export the whole layer from your GIS as GeoJSON (a FeatureCollection of areas).");
	}

	private LayerProblem tooLarge() {
		return LayerProblem.ofFile("The file is larger than " + LayerImport.size(this.maxBytes)
				+ ", the most a layer upload may be. Simplify the boundaries in your GIS (in QGIS: Vector › Geometry"
				+ " Tools › Simplify) or split the layer into several layers.");
	}

	private static LayerProblem notJson(JacksonException ex) {
		TokenStreamLocation at = ex.getLocation();
		String where = (at != null && at.getLineNr() > 0)
				? " near line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
		return LayerProblem.ofFile("The file is not valid JSON" + where + " (" + ex.getOriginalMessage()
				+ "). Upload the layer exported as GeoJSON from your GIS; a file edited by hand may have lost a"
				+ " bracket or comma.");
	}

	/** What the top-level members said. */
	private static final class Collection {

		String type;

		JsonNode crs;

		boolean hasFeatures;

		boolean featuresListed;

		int features;

	}

}
