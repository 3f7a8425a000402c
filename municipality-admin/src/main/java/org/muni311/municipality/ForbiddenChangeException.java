package org.muni311.municipality;

/** A change the caller may not make here, though they administer the municipality. */
class ForbiddenChangeException extends RuntimeException {

	ForbiddenChangeException(String message) {
		super(message);
	}

}
