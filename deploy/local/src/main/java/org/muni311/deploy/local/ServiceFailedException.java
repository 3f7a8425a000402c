package org.muni311.deploy.local;

/**
 * A service child process exited or never became healthy; the message carries its log
 * path and last lines.
 */
public class ServiceFailedException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	ServiceFailedException(String message) {
		super(message);
	}

}
