package org.muni311.intake.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A call Open311 answers with an error array: every problem found, with one HTTP status.
 */
class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final List<String> problems;

	private final String allow;

	Open311Exception(HttpStatus status, List<String> problems, String allow) {
		super(String.join("; ", problems));
		this.status = status;
		this.problems = List.copyOf(problems);
		this.allow = allow;
	}

	Open311Exception(HttpStatus status, List<String> problems) {
		this(status, problems, null);
	}

	Open311Exception(HttpStatus status, String problem) {
		this(status, List.of(problem));
	}

	HttpStatus status() {
		return this.status;
	}

	List<String> problems() {
		return this.problems;
	}

	/**
	 * The methods the path allows, for a 405's {@code Allow} header; {@code null}
	 * otherwise.
	 */
	String allow() {
		return this.allow;
	}

}
