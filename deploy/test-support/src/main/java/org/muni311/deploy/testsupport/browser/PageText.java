package org.muni311.deploy.testsupport.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string of a service's pages exists in English and French: templates hold
 * no literal text (each text comes from a message, {@code th:text="#{...}"}), every
 * message a template names exists, and each bundle ({@code messages/name.properties},
 * English, and {@code messages/name_fr.properties}) has the same keys, none blank.
 * Templates must be well-formed XML for the check to read them.
 */
public final class PageText {

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	/**
	 * Attributes a person sees or hears (screen readers), which must then come from
	 * messages too.
	 */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
			"aria-description", "value", "content-label", "data-label");

	/**
	 * Elements whose content Thymeleaf replaces: their own text is only a prototype's.
	 */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	private PageText() {
	}

	/**
	 * Literal visible text in the templates under {@code templates}, one line each
	 * ({@code file: text}).
	 */
	public static List<String> literalText(Path templates) {
		List<String> found = new ArrayList<>();
		for (Path template : templates(templates)) {
			Element root = parse(template).getDocumentElement();
			collectLiterals(root, templates.relativize(template).toString(), found);
		}
		return found;
	}

	/** Fails listing each message key that exists in one language only or is blank. */
	public static void assertBundlesMatch(String... basenames) {
		List<String> problems = new ArrayList<>();
		for (String basename : basenames) {
			Properties english = load("messages/" + basename + ".properties");
			Properties french = load("messages/" + basename + "_fr.properties");
			difference(english, french).forEach((key) -> problems.add(basename + ": " + key + " has no French"));
			difference(french, english).forEach((key) -> problems.add(basename + ": " + key + " has no English"));
			for (Properties bundle : List.of(english, french)) {
				bundle.stringPropertyNames()
					.stream()
					.filter((key) -> bundle.getProperty(key).isBlank())
					.forEach((key) -> problems.add(basename + ": " + key + " is blank"));
			}
		}
		assertThat(problems).as("messages missing a language").isEmpty();
	}

	/**
	 * Fails naming each template with literal text, and each message named by a template
	 * that no bundle of {@code basenames} (English and French) holds.
	 */
	public static void assertAllTextFromMessages(Path templates, String... basenames) {
		assertThat(literalText(templates)).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
		Set<String> known = new TreeSet<>();
		for (String basename : basenames) {
			known.addAll(load("messages/" + basename + ".properties").stringPropertyNames());
		}
		List<String> unknown = new ArrayList<>();
		for (Path template : templates(templates)) {
			Matcher key = MESSAGE_KEY.matcher(read(template));
			while (key.find()) {
				if (!known.contains(key.group(1))) {
					unknown.add(templates.relativize(template) + ": #{" + key.group(1) + "}");
				}
			}
		}
		assertThat(unknown).as("messages named in templates but in no bundle").isEmpty();
		assertBundlesMatch(basenames);
	}

	private static void collectLiterals(Element element, String file, List<String> found) {
		String tag = element.getTagName();
		if (tag.equals("script") || tag.equals("style") || tag.startsWith("th:") && !tag.equals("th:block")) {
			return;
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			String name = attribute.getNodeName();
			if (VISIBLE_ATTRIBUTES.contains(name) && LETTERS.matcher(attribute.getNodeValue()).find()
					&& !element.hasAttribute("th:" + name) && !element.hasAttribute("th:attr")
					&& !(name.equals("value") && !"submit".equals(element.getAttribute("type"))
							&& !"button".equals(element.getAttribute("type")))) {
				found.add(file + ": <" + tag + " " + name + "=\"" + attribute.getNodeValue() + "\">");
			}
		}
		// a page's root <html th:replace="~{layout :: page(~{::title}, ~{::main}, ...)}">
		// hands its own parts to the
		// layout: they are shown, so they are checked
		boolean root = element.getParentNode() instanceof org.w3c.dom.Document;
		boolean replaced = !root && REPLACING.stream().anyMatch(element::hasAttribute);
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child.getNodeType() == Node.TEXT_NODE && !replaced && LETTERS.matcher(child.getNodeValue()).find()) {
				found.add(file + ": <" + tag + "> " + child.getNodeValue().strip());
			}
			else if (child instanceof Element nested && !replaced) {
				collectLiterals(nested, file, found);
			}
		}
	}

	private static List<Path> templates(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static org.w3c.dom.Document parse(Path template) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(template.toFile());
		}
		catch (Exception ex) {
			throw new AssertionError(
					template + " is not well-formed XML, so its text cannot be checked: " + ex.getMessage(), ex);
		}
	}

	private static Set<String> difference(Properties left, Properties right) {
		Set<String> keys = new TreeSet<>(left.stringPropertyNames());
		keys.removeAll(right.stringPropertyNames());
		return keys;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = PageText.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as("message bundle %s on the class path", resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
