package org.muni311.routing.workqueue;

/** No work item for this request in this municipality. */
public class WorkItemNotFoundException extends RuntimeException {

	WorkItemNotFoundException(String tenant, String requestId) {
		super("No work item for request " + requestId + " in " + tenant);
	}

}
