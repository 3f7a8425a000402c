package org.muni311.intake.open311;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The answer formats of GeoReport v2. The extension of the path decides, whatever the
 * {@code Accept} header says, as the spec requires: clients send {@code Accept: text/xml}
 * with a {@code .json} path and expect JSON.
 */
enum Format {

	/** {@code .json}. */
	JSON(MediaType.APPLICATION_JSON),

	/** {@code .xml}, the spec's default. */
	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/** The format an extension names; a 406 in the format of the path otherwise. */
	static Format of(String extension) {
		if ("json".equalsIgnoreCase(extension)) {
			return JSON;
		}
		if ("xml".equalsIgnoreCase(extension)) {
			return XML;
		}
		throw new Open311Exception(HttpStatus.NOT_ACCEPTABLE,
				"format '" + extension + "' is not served: use .json or .xml");
	}

	/**
	 * The format to answer a path in, errors included: JSON for {@code .json}, else XML,
	 * the spec's default (an unknown extension gets its 406 in XML).
	 */
	static Format ofPath(String path) {
		String lower = (path != null) ? path.toLowerCase(Locale.ROOT) : "";
		return lower.endsWith(".json") ? JSON : XML;
	}

}
