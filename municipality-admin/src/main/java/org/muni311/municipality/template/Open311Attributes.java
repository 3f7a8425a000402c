package org.muni311.municipality.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import org.muni311.contracts.municipality.ServiceDefinition.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.muni311.municipality.template.Nodes.inLanguage;
import static org.muni311.municipality.template.Nodes.kind;
import static org.muni311.municipality.template.Nodes.text;

/**
 * Reads the questions of one Open311 service definition (what {@code GET
 * services/{code}.json} answers).
 */
final class Open311Attributes {

	private final String serviceCode;

	private final String language;

	private final Findings findings;

	private Open311Attributes(String serviceCode, String language, Findings findings) {
		this.serviceCode = serviceCode;
		this.language = language;
		this.findings = findings;
	}

	/**
	 * The attributes of {@code definition}, given for the service {@code serviceCode}.
	 */
	static List<Attribute> read(String serviceCode, JsonNode definition, String language, Findings findings) {
		return new Open311Attributes(serviceCode, language, findings).read(definition);
	}

	private List<Attribute> read(JsonNode definition) {
		// some servers answer services/{code}.json with a one-element array, as they do
		// for every other call
		JsonNode given = (definition.isArray() && definition.size() == 1) ? definition.get(0) : definition;
		if (!given.isObject()) {
			this.findings
				.error("The definition of '" + this.serviceCode + "' must be a JSON object, not " + kind(given));
			return List.of();
		}
		String statedCode = text(given.get("service_code"));
		if (statedCode != null && !statedCode.equals(this.serviceCode)) {
			this.findings
				.error("The definition given for '" + this.serviceCode + "' is the definition of '" + statedCode + "'");
		}
		JsonNode attributes = given.path("attributes");
		if (attributes.isMissingNode() || attributes.isNull()) {
			return List.of();
		}
		if (!attributes.isArray()) {
			this.findings
				.error("The attributes of '" + this.serviceCode + "' must be a JSON array, not " + kind(attributes));
			return List.of();
		}
		List<Attribute> read = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < attributes.size(); i++) {
			Attribute attribute = attribute(attributes.get(i), i + 1);
			if (attribute != null && !codes.add(attribute.code())) {
				this.findings.error(
						"Service '" + this.serviceCode + "' has two attributes with code '" + attribute.code() + "'");
			}
			if (attribute != null) {
				read.add(attribute);
			}
		}
		return read;
	}

	private Attribute attribute(JsonNode node, int position) {
		String where = "Attribute " + position + " of '" + this.serviceCode + "'";
		if (!node.isObject()) {
			this.findings.error(where + " must be a JSON object, not " + kind(node));
			return null;
		}
		String code = text(node.get("code"));
		if (code == null) {
			this.findings.error(where + " has no code");
			return null;
		}
		where = "Attribute '" + code + "' of '" + this.serviceCode + "'";
		String datatype = text(node.get("datatype"));
		if (datatype == null || !ServiceDefinition.DATATYPES.contains(datatype)) {
			this.findings.error(where + " has datatype " + ((datatype != null) ? "'" + datatype + "'" : "none")
					+ "; it must be one of " + String.join(", ", ServiceDefinition.DATATYPES));
		}
		boolean list = "singlevaluelist".equals(datatype) || "multivaluelist".equals(datatype);
		List<AttributeValue> values = list ? values(node.path("values"), where) : List.of();
		if (list && values.isEmpty()) {
			this.findings.error(where + " is a " + datatype + " without values to choose from");
		}
		// Open311 says 1 is shown first; a source without orders keeps its own sequence
		int order = node.path("order").isIntegralNumber() ? node.path("order").asInt() : position;
		return new Attribute(code, datatype, node.path("variable").asBoolean(true),
				node.path("required").asBoolean(false), order, inLanguage(this.language, text(node.get("description"))),
				inLanguage(this.language, text(node.get("datatype_description"))), values);
	}

	private List<AttributeValue> values(JsonNode values, String where) {
		if (!values.isArray()) {
			return List.of();
		}
		List<AttributeValue> read = new ArrayList<>();
		for (JsonNode value : values) {
			String key = text(value.get("key"));
			if (key == null) {
				this.findings.error(where + " has a value without a key");
				continue;
			}
			String name = text(value.get("name"));
			if (name == null) {
				this.findings.warn(where + " has value '" + key + "' without a name; its key is shown instead");
			}
			read.add(new AttributeValue(key, inLanguage(this.language, (name != null) ? name : key)));
		}
		return read;
	}

}
