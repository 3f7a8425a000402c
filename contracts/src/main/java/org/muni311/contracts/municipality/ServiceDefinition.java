package org.muni311.contracts.municipality;

import java.util.List;
import java.util.Map;

/**
 * One service residents can request, with what Open311 {@code services.json} and service
 * definitions show.
 *
 * @param code the Open311 {@code service_code}
 * @param name by language
 * @param description by language
 * @param group code of its {@link MunicipalityConfiguration.ServiceGroup}
 * @param keywords search words, any language
 * @param type Open311 type: {@code realtime}, {@code batch} or {@code blackbox}
 * @param attributes questions asked when a request is made; none means Open311
 * {@code metadata: false}
 * @param expectedResponseHours how long the municipality aims to take, or {@code null} if
 * it promises nothing
 */
public record ServiceDefinition(String code, Map<String, String> name, Map<String, String> description, String group,
		List<String> keywords, String type, List<Attribute> attributes, Integer expectedResponseHours) {

	/** Open311 types. */
	public static final List<String> TYPES = List.of("realtime", "batch", "blackbox");

	/** Open311 attribute datatypes. */
	public static final List<String> DATATYPES = List.of("string", "number", "datetime", "text", "singlevaluelist",
			"multivaluelist");

	public ServiceDefinition {
		name = (name != null) ? Map.copyOf(name) : Map.of();
		description = (description != null) ? Map.copyOf(description) : Map.of();
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		attributes = (attributes != null) ? List.copyOf(attributes) : List.of();
	}

	/**
	 * One question of a service definition.
	 *
	 * @param code the Open311 attribute code
	 * @param datatype one of {@link ServiceDefinition#DATATYPES}
	 * @param variable {@code false} for information shown to the resident, not asked
	 * @param required whether a request must answer it
	 * @param order position among the service's attributes
	 * @param description the question, by language
	 * @param datatypeDescription how to answer, by language
	 * @param values the choices of a list datatype
	 */
	public record Attribute(String code, String datatype, boolean variable, boolean required, int order,
			Map<String, String> description, Map<String, String> datatypeDescription, List<AttributeValue> values) {

		public Attribute {
			description = (description != null) ? Map.copyOf(description) : Map.of();
			datatypeDescription = (datatypeDescription != null) ? Map.copyOf(datatypeDescription) : Map.of();
			values = (values != null) ? List.copyOf(values) : List.of();
		}

		/** Whether the datatype needs {@link #values()}. */
		public boolean takesValues() {
			return "singlevaluelist".equals(this.datatype) || "multivaluelist".equals(this.datatype);
		}

	}

	/**
	 * @param key what a request sends
	 * @param name what a resident sees, by language
	 */
	public record AttributeValue(String key, Map<String, String> name) {
	}

}
