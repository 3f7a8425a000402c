package org.muni311.municipality;

/** An admin request that cannot be understood; the message says why. */
class BadRequestException extends RuntimeException {

	BadRequestException(String message) {
		super(message);
	}

}
