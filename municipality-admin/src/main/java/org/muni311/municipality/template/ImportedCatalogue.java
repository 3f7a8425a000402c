package org.muni311.municipality.template;

import java.util.List;

import org.muni311.contracts.municipality.MunicipalityConfiguration.ServiceGroup;
import org.muni311.contracts.municipality.ServiceDefinition;

/**
 * A catalogue read from another system's Open311 {@code services.json}, ready to be
 * reviewed and copied into a configuration. Its texts are in the one language the source
 * had.
 *
 * @param groups from the services' {@code group} names, in order of first appearance
 * @param services in the source's order, with the source's service codes
 * @param warnings what was imported but needs a person's look, one sentence each
 */
public record ImportedCatalogue(List<ServiceGroup> groups, List<ServiceDefinition> services, List<String> warnings) {

	public ImportedCatalogue {
		groups = List.copyOf(groups);
		services = List.copyOf(services);
		warnings = List.copyOf(warnings);
	}

}
