package org.muni311.deploy.local;

/**
 * A port the platform needs is taken; the message names the port, what it is for and how
 * to change it.
 */
public class PortInUseException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	PortInUseException(String message) {
		super(message);
	}

}
