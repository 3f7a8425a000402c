package org.muni311.municipality.layer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.muni311.contracts.municipality.LayerGeometry;
import org.muni311.contracts.municipality.LayerGeometry.AreaGeometry;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.municipality.layer.FeatureReader.ReadArea;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a municipality's layer of areas from a GeoJSON upload and checks it, reporting
 * every problem at once so that the clerk can fix them all in one go; encodes the layer
 * for {@code LayerPublished} when nothing stops it.
 */
public final class LayerImport {

	/** The largest upload read; past it the report says the file is too large. */
	public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

	/**
	 * The largest encoded layer (gzip of the normalized GeoJSON) accepted: every instance
	 * of every service keeps each layer in memory, and the event carries it whole.
	 */
	public static final int MAX_ENCODED_BYTES = 4 * 1024 * 1024;

	/**
	 * Reads a tree per feature from the middle of the upload, so more tokens follow each;
	 * leaves the body open, as the caller opened it.
	 */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.build();

	private final long maxUploadBytes;

	private final int maxEncodedBytes;

	/** An import with the limits above. */
	public LayerImport() {
		this(MAX_UPLOAD_BYTES, MAX_ENCODED_BYTES);
	}

	/** An import with other limits, so that tests need not build 50 MB files. */
	LayerImport(long maxUploadBytes, int maxEncodedBytes) {
		this.maxUploadBytes = maxUploadBytes;
		this.maxEncodedBytes = maxEncodedBytes;
	}

	/**
	 * Reads and checks one upload. Never throws for bad input: every problem found is in
	 * the result's report.
	 * @param body the GeoJSON FeatureCollection, read to its end or to just past
	 * {@link #MAX_UPLOAD_BYTES}; not closed
	 * @param idProperty the feature property that holds each area's id
	 * @param nameProperty the feature property that holds each area's name, or
	 * {@code null} to name areas by id
	 * @throws java.io.UncheckedIOException if reading the body fails other than by
	 * passing the size limit
	 */
	public LayerImportResult read(InputStream body, String idProperty, String nameProperty) {
		Findings errors = new Findings("errors");
		Findings warnings = new Findings("warnings");
		if (idProperty == null || idProperty.isBlank()) {
			errors.add(LayerProblem
				.ofFile("Say which feature property holds each area's id (id_property), such as" + " 'ward_id'."));
		}
		FeatureReader reader = new FeatureReader(new GeoJsonGeometry(), idProperty, nameProperty, errors, warnings);
		List<ReadArea> read = new ArrayList<>();
		FeatureCollectionReader.Outcome outcome = new FeatureCollectionReader(MAPPER, this.maxUploadBytes).read(body,
				errors, (index, feature) -> read.add(reader.read(index, feature)));
		reader.finish(outcome.features());
		checkUniqueIds(read, errors);
		List<LayerArea> areas = read.stream()
			.filter((area) -> area.id() != null)
			.map((area) -> new LayerArea(area.id(), area.name()))
			.toList();
		List<AreaGeometry> drawn = read.stream()
			.filter((area) -> area.id() != null && area.geometry() != null)
			.map((area) -> new AreaGeometry(area.id(), area.name(), area.geometry()))
			.toList();
		Together together = (outcome.readable() && !drawn.isEmpty()) ? together(drawn, errors, warnings)
				: new Together(List.of(), List.of(), new byte[0]);
		LayerReport report = new LayerReport(outcome.features(), areas, errors.list(), warnings.list(),
				together.overlaps(), together.gaps());
		boolean accepted = report.errors().isEmpty();
		return new LayerImportResult(report, accepted ? areas : List.of(), accepted ? together.encoded() : new byte[0],
				accepted ? Bounds.of(drawn) : null);
	}

	/**
	 * What the areas make together: where they overlap, where they leave holes, and the
	 * layer encoded.
	 */
	private record Together(List<Overlap> overlaps, List<Gap> gaps, byte[] encoded) {
	}

	private Together together(List<AreaGeometry> drawn, Findings errors, Findings warnings) {
		List<Overlap> overlaps = listed(LayerTopology.overlaps(drawn), "overlaps", warnings);
		List<Gap> gaps = listed(LayerTopology.gaps(drawn), "gaps", warnings);
		byte[] encoded = LayerGeometry.encode(drawn);
		if (encoded.length > this.maxEncodedBytes) {
			errors.add(LayerProblem.ofFile("The layer is " + size(encoded.length) + " even compressed, more than the "
					+ size(this.maxEncodedBytes) + " a layer may have. Simplify the boundaries in your GIS (a tolerance"
					+ " of about 1 metre keeps them accurate for placing requests) or split the layer into several"
					+ " layers."));
		}
		return new Together(overlaps, gaps, encoded);
	}

	private static void checkUniqueIds(List<ReadArea> read, Findings errors) {
		Map<String, Integer> first = new HashMap<>();
		for (ReadArea area : read) {
			if (area.id() == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(area.id(), area.index());
			if (earlier != null) {
				errors.add(new LayerProblem(area.index(), area.id(), "Features " + (earlier + 1) + " and "
						+ (area.index() + 1) + " both have the id '" + area.id() + "': each area needs its own id."));
			}
		}
	}

	private static <T> List<T> listed(LayerTopology.Found<T> found, String kind, Findings warnings) {
		if (found.count() > found.listed().size()) {
			warnings.add(LayerProblem.ofFile(
					found.count() + " " + kind + " were found; the " + found.listed().size() + " largest are listed."));
		}
		if (!found.failed().isEmpty()) {
			warnings.add(LayerProblem.ofFile("The " + kind + " could not be checked for "
					+ String.join(", ", found.failed()) + "; look at these areas on a map."));
		}
		return found.listed();
	}

	/** "50 MB", "7.2 MB", "900 KB", "12 bytes": sizes as a clerk reads them. */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		double megabytes = bytes / (1024.0 * 1024.0);
		return ((megabytes == Math.rint(megabytes)) ? String.valueOf((long) megabytes)
				: String.format(Locale.ROOT, "%.1f", megabytes)) + " MB";
	}

}
