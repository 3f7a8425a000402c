package org.muni311.deploy.local;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muni311.deploy.embedded.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runner refuses to start on a taken port, before it starts anything; every port can
 * be chosen.
 */
class LocalPlatformPortsTest {

	@TempDir
	Path data;

	@Test
	void refusesToStartWhenAPortIsTakenOnLoopbackNamingThePortAndStartingNothing() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			LocalPlatform.Ports ports = freePortsWithIntakeOn(taken.getLocalPort());

			assertThatThrownBy(() -> LocalPlatform.start(this.data, this.data, ports))
				.isInstanceOf(PortInUseException.class)
				.hasMessageContaining("Port " + taken.getLocalPort() + " (intake-service HTTP)")
				.hasMessageContaining("MUNI311_INTAKE_PORT");
			assertThat(Files.list(this.data)).isEmpty();
			assertThat(bindable(ports.kafka())).as("the broker's port is still free: no broker started").isTrue();
		}
	}

	@Test
	void refusesToStartWhenAPortIsTakenOnTheWildcardAddress() throws Exception {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(FreePorts.pick()));
			LocalPlatform.Ports ports = freePortsWithIntakeOn(taken.getLocalPort());

			assertThatThrownBy(() -> LocalPlatform.start(this.data, this.data, ports))
				.isInstanceOf(PortInUseException.class)
				.hasMessageContaining("Port " + taken.getLocalPort());
			assertThat(Files.list(this.data)).isEmpty();
		}
	}

	@Test
	void takesEachPortFromItsVariableAndTheRestFromTheDefaults() {
		LocalPlatform.Ports ports = LocalPlatform.Ports
			.fromEnvironment(Map.of("MUNI311_INTAKE_PORT", "18080", "MUNI311_KAFKA_CONTROLLER_PORT", "19093"));

		assertThat(ports).isEqualTo(new LocalPlatform.Ports(9092, 19093, 27017, 3025, 8025, 18080, 8081, 8082));
	}

	@Test
	void rejectsAPortVariableThatIsNotANumberNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalPlatform.Ports.fromEnvironment(Map.of("MUNI311_MONGO_PORT", "mongo")))
			.withMessageContaining("MUNI311_MONGO_PORT");
	}

	private static LocalPlatform.Ports freePortsWithIntakeOn(int intake) {
		return new LocalPlatform.Ports(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
				FreePorts.pick(), intake, FreePorts.pick(), FreePorts.pick());
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
