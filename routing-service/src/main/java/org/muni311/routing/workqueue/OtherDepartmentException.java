package org.muni311.routing.workqueue;

/**
 * A crew member asked for an item or a queue of a department it is not bound to: the API
 * answers 403, the board its refused page.
 */
public class OtherDepartmentException extends RuntimeException {

	OtherDepartmentException(String message) {
		super(message);
	}

}
