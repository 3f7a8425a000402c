package org.muni311.municipality.layer;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.muni311.contracts.municipality.LayerGeometry.AreaGeometry;

/**
 * The smallest box, in WGS84 degrees, that holds some areas: where a municipality's map
 * opens.
 *
 * @param south least latitude
 * @param west least longitude
 * @param north greatest latitude
 * @param east greatest longitude
 */
public record Bounds(double south, double west, double north, double east) {

	/** The box around {@code areas}, or {@code null} when there are none. */
	static Bounds of(Collection<AreaGeometry> areas) {
		Envelope envelope = new Envelope();
		areas.forEach((area) -> envelope.expandToInclude(area.geometry().getEnvelopeInternal()));
		return envelope.isNull() ? null
				: new Bounds(envelope.getMinY(), envelope.getMinX(), envelope.getMaxY(), envelope.getMaxX());
	}

	/** The box around every box of {@code all} (those without one left out), if any. */
	public static Optional<Bounds> around(Collection<Bounds> all) {
		return all.stream()
			.filter(Objects::nonNull)
			.reduce((a, b) -> new Bounds(Math.min(a.south, b.south), Math.min(a.west, b.west),
					Math.max(a.north, b.north), Math.max(a.east, b.east)));
	}

}
