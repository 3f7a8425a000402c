package org.muni311.routing.workqueue;

/**
 * A change named a version of a work item that is no longer its latest: somebody changed
 * it meanwhile.
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	StaleVersionException(String requestId, long version, long currentVersion) {
		super("Work item " + requestId + " was changed since version " + version + " (it is now at version "
				+ currentVersion + "); read it again and retry");
		this.currentVersion = currentVersion;
	}

	/** The item's version now. */
	public long currentVersion() {
		return this.currentVersion;
	}

}
