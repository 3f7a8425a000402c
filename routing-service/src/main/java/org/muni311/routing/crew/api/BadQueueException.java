package org.muni311.routing.crew.api;

/** A queue asked for without saying whose. */
class BadQueueException extends RuntimeException {

	BadQueueException(String message) {
		super(message);
	}

}
