package org.muni311.intake.municipality;

/** What the admin API was asked for does not exist. */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
