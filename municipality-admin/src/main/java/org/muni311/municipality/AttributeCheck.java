package org.muni311.municipality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;

/** Checks a service's attributes (its Open311 service definition). */
final class AttributeCheck {

	private AttributeCheck() {
	}

	static void check(String service, List<Attribute> attributes, ConfigurationProblems problems) {
		ConfigurationCheck.codes(service + " attributes", attributes.stream().map(Attribute::code).toList(), problems);
		Set<Integer> orders = new HashSet<>();
		for (Attribute attribute : attributes) {
			String where = service + " attribute " + attribute.code();
			if (attribute.datatype() == null || !ServiceDefinition.DATATYPES.contains(attribute.datatype())) {
				problems.error(where + ": datatype '" + attribute.datatype() + "' is not one of "
						+ ServiceDefinition.DATATYPES);
			}
			if (attribute.takesValues() && attribute.values().isEmpty()) {
				problems.error(where + ": a " + attribute.datatype() + " needs values to choose from");
			}
			if (!attribute.takesValues() && !attribute.values().isEmpty()) {
				problems.error(
						where + ": only singlevaluelist and multivaluelist take values, not " + attribute.datatype());
			}
			if (attribute.required() && !attribute.variable()) {
				problems.error(where + ": an attribute that is not variable (shown, not asked) cannot be required");
			}
			if (!orders.add(attribute.order())) {
				problems.warning(where + ": order " + attribute.order() + " is shared with another attribute");
			}
			if (attribute.description().values().stream().allMatch(ConfigurationCheck::blank)) {
				problems.error(where + ": a description (the question asked) is required");
			}
			ConfigurationCheck.codes(where + " values", attribute.values().stream().map(AttributeValue::key).toList(),
					problems);
		}
	}

}
