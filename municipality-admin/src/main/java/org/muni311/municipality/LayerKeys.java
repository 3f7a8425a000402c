package org.muni311.municipality;

import java.util.regex.Pattern;

import org.muni311.contracts.municipality.LayerPublished;

/** Layer names and the keys made of them. */
final class LayerKeys {

	/** Short, lowercase, safe in a URL and a Kafka key. */
	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	private LayerKeys() {
	}

	static String idOf(String jurisdictionId, String layer) {
		return LayerPublished.keyOf(jurisdictionId, layer);
	}

}
