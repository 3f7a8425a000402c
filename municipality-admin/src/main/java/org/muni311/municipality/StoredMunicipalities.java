package org.muni311.municipality;

import java.util.List;
import java.util.Optional;

import org.muni311.municipality.address.AddressPoints;
import org.muni311.municipality.address.AddressPoints.Placement;
import org.muni311.municipality.layer.Bounds;

import org.springframework.stereotype.Service;

/** {@link Municipalities} over what the clerk's room stores. */
@Service
class StoredMunicipalities implements Municipalities {

	private final MunicipalityCache cache;

	private final Configurations configurations;

	private final Layers layers;

	private final AddressPoints addresses;

	StoredMunicipalities(MunicipalityCache cache, Configurations configurations, Layers layers,
			AddressPoints addresses) {
		this.cache = cache;
		this.configurations = configurations;
		this.layers = layers;
		this.addresses = addresses;
	}

	@Override
	public Optional<Municipality> find(String jurisdictionId) {
		return this.cache.find(jurisdictionId);
	}

	@Override
	public List<Municipality> list() {
		return this.configurations.list();
	}

	@Override
	public Optional<Bounds> mapBounds(String jurisdictionId) {
		return this.layers.bounds(jurisdictionId);
	}

	@Override
	public Placement placeAddress(String jurisdictionId, String address) {
		return this.addresses.place(jurisdictionId, address);
	}

}
