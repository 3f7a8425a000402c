package org.muni311.notification.municipality;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.muni311.autoconfigure.view.TopicView;
import org.muni311.contracts.EventEnvelope;
import org.muni311.contracts.municipality.MunicipalityConfiguration;
import org.muni311.contracts.municipality.MunicipalityConfigured;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each municipality's latest configuration, in memory, from
 * {@code municipalities.config}. A version older than the one held (a replay) changes
 * nothing.
 */
public class MunicipalityDirectory {

	private final Map<String, MunicipalityConfigured> municipalities = new ConcurrentHashMap<>();

	private final JsonMapper json;

	private final Supplier<List<TopicView>> views;

	/**
	 * @param views the views feeding this one, looked up when first awaited (they need
	 * this to be built)
	 */
	MunicipalityDirectory(JsonMapper json, Supplier<List<TopicView>> views) {
		this.json = json;
		this.views = views;
	}

	/**
	 * The configuration of {@code tenant}, waiting up to {@code timeout} for this
	 * instance to catch up first.
	 */
	public Optional<MunicipalityConfiguration> of(String tenant, Duration timeout) {
		try {
			for (TopicView view : this.views.get()) {
				view.awaitCaughtUp(timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Optional.ofNullable(this.municipalities.get(tenant)).map(MunicipalityConfigured::configuration);
	}

	/** The version held of {@code tenant}, 0 for none. */
	public long version(String tenant) {
		return Optional.ofNullable(this.municipalities.get(tenant)).map(MunicipalityConfigured::version).orElse(0L);
	}

	void configured(String key, String value) {
		if (value == null) {
			this.municipalities.remove(key);
			return;
		}
		EventEnvelope<MunicipalityConfigured> event = this.json.readValue(value, new TypeReference<>() {
		});
		this.municipalities.merge(event.tenant(), event.payload(),
				(held, arrived) -> (arrived.version() > held.version()) ? arrived : held);
	}

}
