package org.muni311.municipality;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.muni311.autoconfigure.outbox.OutboxEvent;
import org.muni311.autoconfigure.outbox.OutboxRelay;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.Topics;
import org.muni311.contracts.municipality.LayerPublished;
import org.muni311.contracts.municipality.LayerPublished.LayerArea;
import org.muni311.contracts.municipality.RoutingRule;
import org.muni311.municipality.layer.Bounds;
import org.muni311.municipality.layer.LayerImport;
import org.muni311.municipality.layer.LayerImportResult;
import org.muni311.municipality.layer.LayerReport;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Imports a municipality's layers of areas: reads and checks the GeoJSON, checks that the
 * configuration's rules still find their areas, then stores the layer's next version with
 * its {@link LayerPublished} event in one document write. A dry run, or any error, stores
 * nothing.
 */
@Service
public class Layers {

	/**
	 * Under MongoDB's 16 MiB document limit, with room for the document's other fields.
	 */
	static final long MAX_DOCUMENT_BYTES = 15L * 1024 * 1024;

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	private final Configurations configurations;

	private final LayerImport reader = new LayerImport();

	private final JsonMapper json;

	private final Clock clock;

	Layers(MongoTemplate mongo, OutboxRelay layerOutbox, Configurations configurations, JsonMapper json, Clock clock) {
		this.mongo = mongo;
		this.relay = layerOutbox;
		this.configurations = configurations;
		this.json = json;
		this.clock = clock;
		// the admin listing of a municipality's layers: an index on MongoDB
		// (mongo-java-server scans, a few documents)
		mongo.indexOps(MunicipalityLayer.class).createIndex(new Index("jurisdictionId", Sort.Direction.ASC));
	}

	/** The stored layer, if imported. */
	public Optional<MunicipalityLayer> find(String jurisdictionId, String layer) {
		return this.configurations.layer(jurisdictionId, layer);
	}

	/**
	 * The box around every layer of the municipality, where its map opens; empty before a
	 * layer is imported.
	 */
	public Optional<Bounds> bounds(String jurisdictionId) {
		return Bounds.around(list(jurisdictionId).stream().map(MunicipalityLayer::bounds).toList());
	}

	/**
	 * The municipality's layers (an admin listing, not a hot path: served by the
	 * {@code jurisdictionId} index).
	 */
	public List<MunicipalityLayer> list(String jurisdictionId) {
		Query query = Query.query(Criteria.where("jurisdictionId").is(jurisdictionId));
		query.fields().exclude("geometry").exclude("outbox");
		return this.mongo.find(query, MunicipalityLayer.class);
	}

	/**
	 * Reads, checks and (unless {@code dryRun}) stores one layer.
	 * @throws LayerRefusedException with the report, when anything is wrong; nothing is
	 * stored
	 */
	public Imported importLayer(String jurisdictionId, String layer, InputStream geoJson, String idProperty,
			String nameProperty, boolean dryRun, String who) {
		LayerImportResult result = this.reader.read(geoJson, idProperty, nameProperty);
		List<String> broken = result.accepted() ? rulesLosingTheirArea(jurisdictionId, layer, result.areas())
				: List.of();
		if (!result.accepted() || !broken.isEmpty()) {
			throw new LayerRefusedException(layer, result.report(), broken);
		}
		if (dryRun) {
			return new Imported(null, false, result.report());
		}
		Optional<MunicipalityLayer> current = find(jurisdictionId, layer);
		long version = current.map(MunicipalityLayer::version).orElse(0L) + 1;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String id = LayerKeys.idOf(jurisdictionId, layer);
		EventEnvelope<LayerPublished> event = EventEnvelope.create(LayerPublished.TYPE, LayerPublished.VERSION,
				jurisdictionId, null, now, null, new LayerPublished(layer, version, result.areas(),
						Base64.getEncoder().encodeToString(result.encodedGeometry())));
		OutboxEvent pending = OutboxEvent.keyed(Topics.MUNICIPALITIES_LAYERS, id, event,
				this.json.writeValueAsString(event), now);
		refuseIfTooLarge(layer, result, pending);
		// earlier versions' events still pending are dropped: consumers want only the
		// latest polygons, and each
		// one is megabytes
		MunicipalityLayer stored = new MunicipalityLayer(id, jurisdictionId, layer, version, result.areas(),
				result.encodedGeometry(), result.bounds(), now, who, List.of(pending));
		if (current.isEmpty()) {
			try {
				this.mongo.insert(stored);
			}
			catch (DuplicateKeyException ex) {
				throw new ConcurrentChangeException("Layer " + layer);
			}
		}
		else {
			Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(version - 1));
			if (this.mongo.replace(unchanged, stored).getMatchedCount() == 0) {
				throw new ConcurrentChangeException("Layer " + layer);
			}
		}
		this.relay.written(id, List.of(pending));
		return new Imported(version, true, result.report());
	}

	/**
	 * The event must fit one Kafka record, and the layer with its event one MongoDB
	 * document.
	 */
	private static void refuseIfTooLarge(String layer, LayerImportResult result, OutboxEvent pending) {
		long document = result.encodedGeometry().length + 2L * pending.payload().length();
		if (pending.payload().length() > Topics.MUNICIPALITIES_LAYERS_MAX_BYTES || document > MAX_DOCUMENT_BYTES) {
			throw new LayerRefusedException(layer, result.report(), List.of("The layer's " + result.areas().size()
					+ " areas make a record too large to store and publish; split it into several layers"));
		}
	}

	private List<String> rulesLosingTheirArea(String jurisdictionId, String layer, List<LayerArea> areas) {
		List<String> broken = new ArrayList<>();
		this.configurations.find(jurisdictionId)
			.filter((municipality) -> municipality.configuration() != null)
			.ifPresent((municipality) -> {
				List<RoutingRule> rules = municipality.configuration().rules();
				for (int i = 0; i < rules.size(); i++) {
					RoutingRule rule = rules.get(i);
					if (layer.equals(rule.layer())
							&& areas.stream().noneMatch((area) -> area.id().equals(rule.area()))) {
						broken.add("rules[" + i + "] routes area '" + rule.area() + "' of " + layer
								+ ", which this import does not have: change the rule first, or keep the area");
					}
				}
			});
		return broken;
	}

	/**
	 * @param version the version stored, or {@code null} for a dry run
	 * @param applied whether it was stored
	 * @param report what the import found
	 */
	public record Imported(Long version, boolean applied, LayerReport report) {
	}

}
