package org.muni311.intake.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A call Open311 answers with an error array: every problem found, with one HTTP status. */
class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final List<String> problems;

	Open311Exception(HttpStatus status, List<String> problems) {
		super(String.join("; ", problems));
		this.status = status;
		this.problems = List.copyOf(problems);
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

}
