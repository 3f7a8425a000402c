package org.muni311.routing.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.autoconfigure.view.TopicViews;
import org.muni311.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RoutingMaps} as a freshly started instance builds them: empty, then from the
 * topics' beginnings.
 */
public final class RoutingMapsForTest {

	private static final Map<RoutingMaps, List<TopicView>> STARTED = new ConcurrentHashMap<>();

	private RoutingMapsForTest() {
	}

	/** New maps following new views of both municipality topics, started. */
	public static RoutingMaps following(JsonMapper json, TopicViews factory) {
		List<TopicView> views = new ArrayList<>();
		RoutingMaps maps = new RoutingMaps(json, () -> views);
		views.add(factory.of(Topics.MUNICIPALITIES_CONFIG, maps::configured));
		views.add(factory.of(Topics.MUNICIPALITIES_LAYERS, maps.layerHandler()));
		views.forEach(TopicView::start);
		STARTED.put(maps, views);
		return maps;
	}

	/** Stops the views of {@code maps}. */
	public static void stop(RoutingMaps maps) {
		STARTED.remove(maps).forEach(TopicView::stop);
	}

}
