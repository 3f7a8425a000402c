package org.muni311.intake.open311;

import java.util.List;

import org.muni311.municipality.Municipality;
import org.muni311.intake.request.NewServiceRequest;

import org.springframework.util.MultiValueMap;

/**
 * The checks of an Open311 submission, for the other channels (the agent API) to apply the same rules: lengths,
 * coordinates, control characters, a location, the service definition's questions.
 */
public final class SubmissionCheck {

	private SubmissionCheck() {
	}

	/**
	 * The request {@code fields} describe for {@code municipality}, named as Open311 names them.
	 * @throws Refused listing every problem
	 */
	public static NewServiceRequest check(MultiValueMap<String, String> fields, Municipality municipality) {
		try {
			return SubmissionForm.read(fields, municipality);
		}
		catch (Open311Exception ex) {
			throw new Refused(ex.problems());
		}
	}

	/** A submission with problems; nothing was stored. */
	public static final class Refused extends RuntimeException {

		private final List<String> problems;

		Refused(List<String> problems) {
			super(String.join("; ", problems));
			this.problems = problems;
		}

		/** Every problem found. */
		public List<String> problems() {
			return this.problems;
		}

	}

}
