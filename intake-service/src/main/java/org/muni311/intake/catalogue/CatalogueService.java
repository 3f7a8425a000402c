package org.muni311.intake.catalogue;

import java.util.List;

/**
 * One service residents can request, as Open311's {@code services.json} lists it.
 *
 * @param code the {@code service_code}
 * @param name display name
 * @param description what it is for
 * @param group the category it is listed under
 * @param keywords search words
 */
public record CatalogueService(String code, String name, String description, String group, List<String> keywords) {
}
