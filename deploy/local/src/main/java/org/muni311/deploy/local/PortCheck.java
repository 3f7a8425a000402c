package org.muni311.deploy.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Checks, before anything starts, that every port the platform needs is free: that
 * nothing listens on it. Both the wildcard address and loopback are tried: a process
 * bound to either one would answer the health check of a service that could not bind, and
 * the runner would report that service up.
 */
final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Throws {@link PortInUseException} naming the first port of {@code ports} already
	 * taken.
	 */
	static void requireFree(List<LocalPlatform.NamedPort> ports) {
		for (LocalPlatform.NamedPort port : ports) {
			if (!free(null, port.number()) || !free(InetAddress.getLoopbackAddress(), port.number())) {
				throw new PortInUseException("Port " + port.number() + " (" + port.purpose()
						+ ") is already in use: stop what listens there or set " + port.variable()
						+ " to another port");
			}
		}
	}

	private static boolean free(InetAddress address, int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// SO_REUSEADDR, as the platform's servers bind (Java's default outside
			// Windows): connections of a
			// platform that just stopped linger in TIME-WAIT for a minute and must not
			// count as taken. On Linux a
			// listener on the port still makes this bind fail, which is what the check is
			// for
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address, port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
