package org.muni311.routing.municipality;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.municipality.LayerGeometry;
import org.muni311.contracts.municipality.LayerPublished;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import org.muni311.routing.area.Area;
import org.muni311.routing.area.AreaIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every municipality's {@link RoutingMap}, built in memory from the municipality topics
 * and replaced whole when a configuration or a layer changes: a lookup sees the old map
 * or the new, never a half-built one. A version older than the one held (a replay)
 * changes nothing.
 */
public class RoutingMaps {

	private static final Logger log = LoggerFactory.getLogger(RoutingMaps.class);

	private final Map<String, Municipality> municipalities = new ConcurrentHashMap<>();

	private final JsonMapper json;

	private final Map<String, EventEnvelope<LayerPublished>> catchingUp = new HashMap<>();

	private volatile boolean layersCaughtUp;

	private final Supplier<List<TopicView>> views;

	/**
	 * @param views the views feeding this one, looked up when first awaited (they need
	 * this to be built)
	 */
	RoutingMaps(JsonMapper json, Supplier<List<TopicView>> views) {
		this.json = json;
		this.views = views;
	}

	/** The municipalities whose configuration has arrived. */
	public Set<String> tenants() {
		return Set.copyOf(this.municipalities.keySet());
	}

	/** The routing map of {@code tenant}, once its configuration has arrived. */
	public Optional<RoutingMap> of(String tenant) {
		return Optional.ofNullable(this.municipalities.get(tenant)).map(Municipality::map);
	}

	/**
	 * Waits until the views have read what the topics held when this instance started, so
	 * the first requests are not routed with a partial view. Returns whether they have.
	 */
	public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
		for (TopicView view : this.views.get()) {
			if (!view.awaitCaughtUp(timeout)) {
				return false;
			}
		}
		return true;
	}

	void configured(String key, String value) {
		if (value == null) {
			this.municipalities.remove(key);
			return;
		}
		EventEnvelope<MunicipalityConfigured> event = this.json.readValue(value, new TypeReference<>() {
		});
		MunicipalityConfigured configured = event.payload();
		this.municipalities.compute(event.tenant(), (tenant, held) -> {
			if (held != null && held.map() != null && held.map().version() >= configured.version()) {
				return held;
			}
			Map<String, RoutingMap.Layer> layers = (held != null) ? held.layers() : Map.of();
			log.info("Routing {} by configuration version {}", tenant, configured.version());
			return new Municipality(new RoutingMap(configured.version(), configured.configuration(), layers), layers);
		});
	}

	/** What the view of {@code municipalities.layers} feeds. */
	TopicView.Handler layerHandler() {
		return new TopicView.Handler() {

			@Override
			public void apply(String key, String value) {
				layerPublished(key, value);
			}

			@Override
			public void caughtUp() {
				layersCaughtUp();
			}

		};
	}

	/**
	 * While the view catches up, only the latest version of each layer is kept,
	 * unindexed: the topic may still hold every version of a layer imported many times,
	 * and indexing each would make a start slow.
	 */
	void layerPublished(String key, String value) {
		if (value == null) {
			return;
		}
		EventEnvelope<LayerPublished> event = this.json.readValue(value, new TypeReference<>() {
		});
		if (!this.layersCaughtUp) {
			this.catchingUp.merge(key, event,
					(held, arrived) -> (arrived.payload().version() > held.payload().version()) ? arrived : held);
			return;
		}
		index(event);
	}

	/**
	 * The layer view has read what the topic held at start: index the latest version of
	 * each layer once.
	 */
	void layersCaughtUp() {
		this.catchingUp.values().forEach(this::index);
		this.catchingUp.clear();
		this.layersCaughtUp = true;
	}

	private void index(EventEnvelope<LayerPublished> event) {
		LayerPublished published = event.payload();
		RoutingMap.Layer current = Optional.ofNullable(this.municipalities.get(event.tenant()))
			.map((held) -> held.layers().get(published.layer()))
			.orElse(null);
		if (current != null && current.version() >= published.version()) {
			return;
		}
		// built outside the swap: indexing a large layer takes a while, and lookups go on
		// meanwhile
		RoutingMap.Layer layer = new RoutingMap.Layer(published.version(), new AreaIndex(areas(published)));
		this.municipalities.compute(event.tenant(), (tenant, held) -> {
			Map<String, RoutingMap.Layer> layers = new HashMap<>((held != null) ? held.layers() : Map.of());
			layers.merge(published.layer(), layer, (old, fresh) -> (old.version() >= fresh.version()) ? old : fresh);
			RoutingMap map = (held != null && held.map() != null)
					? new RoutingMap(held.map().version(), held.map().configuration(), layers) : null;
			log.info("Layer {} of {} version {}: {} areas", published.layer(), tenant, published.version(),
					layer.index().size());
			return new Municipality(map, layers);
		});
	}

	/**
	 * What is held of one municipality: the layers can arrive before its configuration.
	 */
	private record Municipality(RoutingMap map, Map<String, RoutingMap.Layer> layers) {
	}

	/**
	 * The layer's areas, in order; intake checked them on import, so one that still fails
	 * refuses the layer.
	 */
	private static List<Area> areas(LayerPublished layer) {
		return LayerGeometry.decode(layer.geometry())
			.stream()
			.map((area) -> new Area(layer.layer(), area.id(), area.name(), area.geometry()))
			.toList();
	}

}
