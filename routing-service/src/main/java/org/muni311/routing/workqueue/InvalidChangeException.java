package org.muni311.routing.workqueue;

/**
 * A change that names something the municipality does not have (a department, a crew of
 * it).
 */
public class InvalidChangeException extends RuntimeException {

	InvalidChangeException(String message) {
		super(message);
	}

}
