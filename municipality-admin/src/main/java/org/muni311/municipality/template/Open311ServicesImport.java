package org.muni311.municipality.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.muni311.contracts.municipality.ServiceDefinition;
import org.muni311.contracts.municipality.ServiceDefinition.Attribute;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import static org.muni311.municipality.template.Nodes.inLanguage;
import static org.muni311.municipality.template.Nodes.kind;
import static org.muni311.municipality.template.Nodes.text;

/**
 * Imports another system's Open311 GeoReport v2 catalogue: its {@code services.json} and,
 * where it has them, its service definitions. The source has one language; its texts go
 * under that language, for a clerk to translate. Anything that cannot be imported
 * faithfully stops the import with every problem listed; anything imported with a guess
 * is imported, with a warning.
 */
@Component
public class Open311ServicesImport {

	/** The languages an import's texts can be put under. */
	public static final List<String> LANGUAGES = List.of("en", "fr");

	private final JsonMapper json = JsonMapper.shared();

	/**
	 * Imports {@code servicesJson}, a {@code services.json} array, with the definitions
	 * of some of its services.
	 * @param servicesJson the {@code services.json} text
	 * @param definitionsJson each service definition's text by service code; empty if the
	 * source has none
	 * @param language the language of the source's texts, {@code en} or {@code fr}
	 * @throws CatalogueImportException with every problem found, if anything cannot be
	 * imported
	 */
	public ImportedCatalogue read(String servicesJson, Map<String, String> definitionsJson, String language) {
		Findings findings = new Findings();
		JsonNode services = parse(servicesJson, "services.json", findings);
		Map<String, JsonNode> definitions = new LinkedHashMap<>();
		definitionsJson.forEach((code, text) -> {
			JsonNode definition = parse(text, "The definition of '" + code + "'", findings);
			if (definition != null) {
				definitions.put(code, definition);
			}
		});
		return read(services, definitions, language, findings);
	}

	/**
	 * Imports an upload: either the bare {@code services.json} array, or an object with
	 * the array as {@code services} and, optionally, {@code definitions}: an object of
	 * service definitions by service code.
	 * @throws CatalogueImportException with every problem found, if anything cannot be
	 * imported
	 */
	public ImportedCatalogue readUpload(String body, String language) {
		Findings findings = new Findings();
		JsonNode root = parse(body, "The body", findings);
		if (root == null || !root.isObject()) {
			return read(root, Map.of(), language, findings);
		}
		Map<String, JsonNode> definitions = new LinkedHashMap<>();
		JsonNode given = root.path("definitions");
		if (given.isObject()) {
			given.properties().forEach((entry) -> definitions.put(entry.getKey(), entry.getValue()));
		}
		else if (!given.isMissingNode() && !given.isNull()) {
			findings
				.error("definitions must be a JSON object of service definitions by service_code, not " + kind(given));
		}
		if (!root.has("services")) {
			findings.error("The body must be the services.json array, or an object with that array as services");
			return read(null, definitions, language, findings);
		}
		return read(root.get("services"), definitions, language, findings);
	}

	/**
	 * {@code services} is {@code null} when it could not be read at all, which is already
	 * among the findings.
	 */
	private ImportedCatalogue read(JsonNode services, Map<String, JsonNode> definitions, String language,
			Findings findings) {
		boolean knownLanguage = language != null && LANGUAGES.contains(language);
		if (!knownLanguage) {
			findings.error("language must be one of " + String.join(", ", LANGUAGES) + ", not "
					+ ((language != null) ? "'" + language + "'" : "missing"));
		}
		if (services != null && !services.isArray()) {
			findings.error("services.json must be a JSON array of services, not " + kind(services));
		}
		if (services == null || !services.isArray()) {
			findings.throwIfErrors();
		}
		// the texts need some key while the remaining problems are collected; an unknown
		// language throws below
		String texts = knownLanguage ? language : LANGUAGES.get(0);
		GroupCodes groups = new GroupCodes();
		Map<String, List<Integer>> entriesByCode = new LinkedHashMap<>();
		List<ServiceDefinition> imported = new ArrayList<>();
		for (int i = 0; i < services.size(); i++) {
			JsonNode entry = services.get(i);
			String code = entry.isObject() ? text(entry.get("service_code")) : null;
			if (code == null) {
				findings.error("Entry " + (i + 1) + " of services.json "
						+ (entry.isObject() ? "has no service_code" : "must be a JSON object, not " + kind(entry)));
				continue;
			}
			entriesByCode.computeIfAbsent(code, (key) -> new ArrayList<>()).add(i + 1);
			imported.add(service(code, entry, definitions.get(code), texts, groups, findings));
		}
		entriesByCode.forEach((code, entries) -> {
			if (entries.size() > 1) {
				findings.error("service_code '" + code + "' is used by more than one service (entries "
						+ entries.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
			}
		});
		definitions.keySet()
			.stream()
			.filter((code) -> !entriesByCode.containsKey(code))
			.forEach((code) -> findings
				.warn("A definition was given for '" + code + "', which services.json does not list; it was ignored"));
		findings.throwIfErrors();
		return new ImportedCatalogue(groups.groups(texts), imported, findings.warnings());
	}

	private static ServiceDefinition service(String code, JsonNode entry, JsonNode definition, String language,
			GroupCodes groups, Findings findings) {
		String name = text(entry.get("service_name"));
		if (name == null) {
			findings.warn("Service '" + code + "' has no service_name; its code is its name until you give it one");
		}
		String type = text(entry.get("type"));
		String knownType = (type != null) ? type.toLowerCase(Locale.ROOT) : "";
		if (!ServiceDefinition.TYPES.contains(knownType)) {
			String found = (type != null) ? "type '" + type + "', which is not an Open311 type;" : "no type;";
			findings.warn("Service '" + code + "' has " + found + " it was imported as realtime");
			knownType = "realtime";
		}
		List<Attribute> attributes = List.of();
		if (definition != null) {
			attributes = Open311Attributes.read(code, definition, language, findings);
		}
		else if (entry.path("metadata").asBoolean(false)) {
			findings.warn("Service '" + code + "' has questions (metadata: true) but no definition was given, so its "
					+ "questions were not imported");
		}
		return new ServiceDefinition(code, inLanguage(language, (name != null) ? name : code),
				inLanguage(language, text(entry.get("description"))), groups.codeOf(text(entry.get("group"))),
				keywords(entry.get("keywords")), knownType, attributes, null);
	}

	/**
	 * Open311 keywords are one comma-separated string; some systems send an array
	 * instead.
	 */
	private static List<String> keywords(JsonNode node) {
		List<String> words = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach((word) -> words.add(text(word)));
		}
		else if (text(node) != null) {
			words.addAll(Arrays.asList(text(node).split(",")));
		}
		return words.stream().filter((word) -> word != null && !word.isBlank()).map(String::strip).toList();
	}

	/**
	 * The JSON in {@code text}, or {@code null} (with the problem noted) if it is empty
	 * or not JSON.
	 */
	private JsonNode parse(String text, String what, Findings findings) {
		if (text == null || text.isBlank()) {
			findings.error(what + " is empty");
			return null;
		}
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			findings.error(what + " is not JSON: " + ex.getOriginalMessage());
			return null;
		}
	}

}
