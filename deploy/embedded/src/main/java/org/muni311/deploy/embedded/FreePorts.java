package org.muni311.deploy.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks loopback ports nobody listens on, for servers that must know their port before they start. */
public final class FreePorts {

	private FreePorts() {
	}

	/** A port free at the moment of the call. */
	public static int pick() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on loopback", ex);
		}
	}

}
