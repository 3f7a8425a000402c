package org.muni311.intake.open311;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.MultiValueMap;

/**
 * The query string of an Open311 call, decoded strictly by {@link FormDecoder} (a
 * malformed {@code %ZZ} is a 400, not a 500). Unknown parameters, such as the
 * {@code lat}/{@code long} real clients send on GETs, are ignored.
 */
final class Open311Query {

	private final MultiValueMap<String, String> parameters;

	private Open311Query(MultiValueMap<String, String> parameters) {
		this.parameters = parameters;
	}

	static Open311Query of(HttpServletRequest request) {
		return new Open311Query(FormDecoder.decode(request.getQueryString()));
	}

	MultiValueMap<String, String> parameters() {
		return this.parameters;
	}

	boolean has(String name) {
		return this.parameters.containsKey(name);
	}

	/** The first value, trimmed; {@code null} when absent or blank. */
	String get(String name) {
		String value = this.parameters.getFirst(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A comma-separated list, trimmed, blanks dropped; empty when absent. */
	List<String> list(String name) {
		String value = get(name);
		return (value != null)
				? Arrays.stream(value.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList()
				: List.of();
	}

}
