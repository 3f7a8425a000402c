package org.muni311.municipality;

/** What the admin API was asked for does not exist. */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
