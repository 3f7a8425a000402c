package org.muni311.deploy.embedded;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ports for test servers: free, never handed out twice, out of the range outgoing
 * connections take theirs from.
 */
class FreePortsTest {

	@Test
	void picksDistinctFreePortsBelowTheRangeOfOutgoingConnections() throws Exception {
		Set<Integer> picked = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			int port = FreePorts.pick();
			assertThat(port).isBetween(15_000, 31_999);
			assertThat(picked.add(port)).as("port %d handed out twice", port).isTrue();
			try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				assertThat(server.getLocalPort()).isEqualTo(port);
			}
		}
	}

}
