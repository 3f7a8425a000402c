package org.muni311.intake.request;

import java.util.List;

/**
 * Input refused by the shared rules, with every {@link Problem} found: thrown by the
 * value types' factories and by {@link RequestIntake}, before anything is stored. Each
 * channel answers it with a 4xx in its own shape.
 */
public class RefusedException extends RuntimeException {

	private final List<Problem> problems;

	public RefusedException(List<Problem> problems) {
		super(String.join("; ", problems.stream().map(Problem::message).toList()));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A refusal says what is wrong");
		}
		this.problems = List.copyOf(problems);
	}

	RefusedException(Problem problem) {
		this(List.of(problem));
	}

	/** Every problem found, in the order of the submission's fields. */
	public List<Problem> problems() {
		return this.problems;
	}

	/** Every problem as a sentence naming its field ({@link Problem#message()}). */
	public List<String> messages() {
		return this.problems.stream().map(Problem::message).toList();
	}

}
