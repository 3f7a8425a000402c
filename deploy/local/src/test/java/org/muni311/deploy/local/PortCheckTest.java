package org.muni311.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.muni311.deploy.embedded.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A port counts as taken while something listens on it, not while closed connections
 * linger: a platform stopped after it sent mail can be started again at once.
 */
class PortCheckTest {

	@Test
	void aPortHeldOnlyByClosedConnectionsInTimeWaitIsFree() throws Exception {
		int port = FreePorts.pick();
		try (ServerSocket listener = new ServerSocket()) {
			listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
					Socket accepted = listener.accept()) {
				// the server side closes first, as an SMTP server ends a session: its end
				// of the connection, on
				// the server's port, is the one left in TIME-WAIT
				accepted.close();
				try (InputStream in = client.getInputStream()) {
					assertThat(in.read()).as("the client sees the server's close").isEqualTo(-1);
				}
			}
		}
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.alias("the connection left in TIME-WAIT holds the port for a bind without SO_REUSEADDR")
			.until(() -> !bindsWithoutReuse(port));

		assertThatNoException().isThrownBy(() -> PortCheck.requireFree(List.of(smtp(port))));
	}

	@Test
	void aPortWithAListenerIsTakenAlthoughTheCheckBindsWithReuse() throws Exception {
		int port = FreePorts.pick();
		try (ServerSocket listener = new ServerSocket()) {
			// as the platform's own servers bind
			listener.setReuseAddress(true);
			listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));

			assertThatThrownBy(() -> PortCheck.requireFree(List.of(smtp(port)))).isInstanceOf(PortInUseException.class)
				.hasMessageContaining("Port " + port + " (SMTP server) is already in use")
				.hasMessageContaining("MUNI311_SMTP_PORT");
		}
	}

	private static LocalPlatform.NamedPort smtp(int port) {
		return new LocalPlatform.NamedPort(port, "SMTP server", "MUNI311_SMTP_PORT");
	}

	private static boolean bindsWithoutReuse(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
