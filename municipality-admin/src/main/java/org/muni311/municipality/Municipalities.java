package org.muni311.municipality;

import java.util.List;
import java.util.Optional;

import org.muni311.municipality.address.AddressPoints.Placement;
import org.muni311.municipality.layer.Bounds;

/**
 * The municipalities as the request side reads them: the one way intake's channels and
 * pages learn what a municipality offers (its catalogue, names, colours, API keys) and
 * where its map opens, where an address is. Everything else in this module is the
 * clerk's: changed through the admin API, never by the request side.
 */
public interface Municipalities {

	/** The municipality with {@code jurisdictionId}, if one is configured here. */
	Optional<Municipality> find(String jurisdictionId);

	/**
	 * Every municipality configured here, without catalogues or keys (the public list of
	 * municipalities).
	 */
	List<Municipality> list();

	/**
	 * The box around the municipality's imported layers, where its map opens; empty
	 * without layers.
	 */
	Optional<Bounds> mapBounds(String jurisdictionId);

	/**
	 * Where {@code address} is by the municipality's own address points (a forgiving
	 * match), or why it could not be placed.
	 */
	Placement placeAddress(String jurisdictionId, String address);

}
