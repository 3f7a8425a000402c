package org.muni311.municipality.layer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Small GeoJSON uploads written inline, near 10° E 50° N, where a unit of 0.001° is about
 * 72 m by 111 m.
 */
final class GeoJson {

	private GeoJson() {
	}

	static InputStream upload(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(", ", features) + "]}";
	}

	static String feature(String properties, String geometry) {
		return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
	}

	static String ward(String id, String name, String geometry) {
		return feature("{\"ward\": \"" + id + "\", \"name\": \"" + name + "\"}", geometry);
	}

	static String polygon(String... rings) {
		return "{\"type\": \"Polygon\", \"coordinates\": [" + String.join(", ", rings) + "]}";
	}

	/**
	 * A rectangle from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) in units of
	 * 0.001° from 10° E 50° N.
	 */
	static String rectangle(double x0, double y0, double x1, double y1) {
		return polygon(rectangleRing(x0, y0, x1, y1));
	}

	/** The outer ring of {@link #rectangle}, counter-clockwise as RFC 7946 asks. */
	static String rectangleRing(double x0, double y0, double x1, double y1) {
		return "[" + at(x0, y0) + ", " + at(x1, y0) + ", " + at(x1, y1) + ", " + at(x0, y1) + ", " + at(x0, y0) + "]";
	}

	/** A position in units of 0.001° from 10° E 50° N. */
	static String at(double x, double y) {
		return String.format(Locale.ROOT, "[%.9f, %.9f]", 10 + x / 1000, 50 + y / 1000);
	}

}
