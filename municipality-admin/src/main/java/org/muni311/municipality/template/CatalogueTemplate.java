package org.muni311.municipality.template;

import java.util.List;

import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;

/**
 * A ready-made catalogue: the {@code groups} and {@code services} parts of a
 * municipality's configuration.
 *
 * @param groups in the order residents see them
 * @param services each in one of {@code groups}
 */
public record CatalogueTemplate(List<ServiceGroup> groups, List<ServiceDefinition> services) {

	public CatalogueTemplate {
		groups = (groups != null) ? List.copyOf(groups) : List.of();
		services = (services != null) ? List.copyOf(services) : List.of();
	}

}
