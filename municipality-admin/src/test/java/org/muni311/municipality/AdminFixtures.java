package org.muni311.municipality;

/** Bodies for the admin API: a small municipality's configuration and layers. */
final class AdminFixtures {

	/**
	 * Two square wards side by side: W1 west, W2 east (longitudes -80.0 to -79.8,
	 * latitudes 44.0 to 44.1).
	 */
	static final String TWO_WARDS = collection(
			squareFeature("W1", -80.0, 44.0, -79.9, 44.1) + "," + squareFeature("W2", -79.9, 44.0, -79.8, 44.1));

	private AdminFixtures() {
	}

	/**
	 * A configuration with potholes in W1 to the roads crew, and graffiti to
	 * {@code graffitiDepartment}.
	 */
	static String configuration(String tenant, String graffitiDepartment) {
		return """
				{
				  "name": {"en": "Admin Test", "fr": "Test d'administration"},
				  "timeZone": "America/Toronto",
				  "languages": ["en", "fr"],
				  "contact": {"email": "311@admin-it.example", "phone": "311", "url": "https://admin-it.example"},
				  "branding": {"name": "Admin Test", "primaryColour": "#1a5a96", "secondaryColour": "#ffffff",
				               "logoUrl": "https://admin-it.example/logo.png"},
				  "groups": [{"code": "roads", "name": {"en": "Roads", "fr": "Routes"}}],
				  "services": [
				    {"code": "pothole", "name": {"en": "Pothole", "fr": "Nid-de-poule"}, "group": "roads",
				     "type": "realtime", "expectedResponseHours": 72,
				     "attributes": [{"code": "size", "datatype": "singlevaluelist", "variable": true, "required": true,
				       "order": 1, "description": {"en": "How big?", "fr": "Quelle taille?"},
				       "values": [{"key": "small", "name": {"en": "Small", "fr": "Petit"}}]}]},
				    {"code": "graffiti", "name": {"en": "Graffiti", "fr": "Graffiti"}, "type": "realtime"}
				  ],
				  "departments": [
				    {"id": "triage", "name": {"en": "311 Triage", "fr": "Triage 311"}},
				    {"id": "roads", "name": {"en": "Roads", "fr": "Routes"}},
				    {"id": "bylaw", "name": {"en": "By-law", "fr": "Règlements"}}
				  ],
				  "crews": [{"id": "roads-west", "department": "roads", "name": {"en": "Roads west", "fr": "Routes ouest"}}],
				  "rules": [
				    {"service": "pothole", "layer": "wards", "area": "W1", "department": "roads", "crew": "roads-west",
				     "priority": 10},
				    {"group": "roads", "department": "roads", "priority": 0},
				    {"service": "graffiti", "department": "%s", "priority": 0}
				  ],
				  "triageDepartment": "triage"
				}
				"""
			.formatted(graffitiDepartment);
	}

	/** A layer of one square area. */
	static String square(String id, double west, double south, double east, double north) {
		return collection(squareFeature(id, west, south, east, north));
	}

	/** A layer of one feature with {@code geometry}. */
	static String feature(String id, String geometry) {
		return collection("{\"type\": \"Feature\", \"properties\": {\"code\": \"" + id + "\", \"name\": \"Area " + id
				+ "\"}, \"geometry\": " + geometry + "}");
	}

	private static String squareFeature(String id, double west, double south, double east, double north) {
		return ("{\"type\": \"Feature\", \"properties\": {\"code\": \"%s\", \"name\": \"Ward %s\"}, \"geometry\": "
				+ "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}")
			.formatted(id, id, west, south, east, south, east, north, west, north, west, south);
	}

	private static String collection(String features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
	}

}
