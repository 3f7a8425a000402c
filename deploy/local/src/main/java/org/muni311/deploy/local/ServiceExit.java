package org.muni311.deploy.local;

import java.nio.file.Path;

/**
 * A service child process that ended while the platform was running.
 *
 * @param name the service
 * @param exitCode its exit code
 * @param log its log file
 */
public record ServiceExit(String name, int exitCode, Path log) {

	/** One line for a person: which service, how it ended, where to look. */
	public String describe() {
		return this.name + " exited with code " + this.exitCode + "; its log: " + this.log;
	}

}
