package org.muni311.deploy.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks loopback ports nobody listens on, for servers that must know their port before
 * they start. A port is chosen at random below the range the system hands out for
 * outgoing connections (Linux: 32768-60999), so that no client's connection takes it
 * between the pick and the server's start; the system's own choice, from that range, let
 * a Kafka or MongoDB client take a service's port while two test JVMs started platforms
 * side by side. No port is handed out twice by one JVM.
 */
public final class FreePorts {

	private static final int LOWEST = 15_000;

	private static final int HIGHEST = 32_000;

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private FreePorts() {
	}

	/** A port free at the moment of the call. */
	public static int pick() {
		for (int attempt = 0; attempt < 500; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
			if (!HANDED_OUT.contains(port) && free(port) && HANDED_OUT.add(port)) {
				return port;
			}
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on loopback", ex);
		}
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException taken) {
			return false;
		}
	}

}
