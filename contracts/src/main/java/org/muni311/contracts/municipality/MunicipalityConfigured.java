package org.muni311.contracts.municipality;

import java.util.Objects;

/**
 * A municipality's configuration was accepted. Keyed by jurisdiction id on a compacted
 * topic, so the latest version of every municipality stays there for services that start
 * later.
 *
 * @param version increases by one with each accepted change; a consumer ignores a version
 * it has passed
 * @param configuration the whole configuration, not a difference
 */
public record MunicipalityConfigured(long version, MunicipalityConfiguration configuration) {

	/** Envelope type name. */
	public static final String TYPE = "MunicipalityConfigured";

	/** Schema version. */
	public static final int VERSION = 1;

	public MunicipalityConfigured {
		Objects.requireNonNull(configuration, "configuration");
	}

}
