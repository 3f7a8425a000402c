package org.muni311.deploy.local;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muni311.deploy.embedded.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
	void refusesToStartWhenThePortOfASecondInstanceIsTakenNamingIt() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			LocalPlatform.Ports ports = freePortsWithIntakeOn(taken.getLocalPort() - Service.INSTANCE_PORT_STEP);

			assertThatThrownBy(() -> LocalPlatform.start(this.data, this.data, ports, 2))
				.isInstanceOf(PortInUseException.class)
				.hasMessageContaining("Port " + taken.getLocalPort() + " (intake-service #2 HTTP)")
				.hasMessageContaining("MUNI311_INTAKE_PORT + 10");
			assertThat(Files.list(this.data)).isEmpty();
		}
	}

	@Test
	void placesTheSecondInstanceOfEachServiceTenPortsAboveTheFirstOnTheSameDatabase() {
		List<Service> two = Service.all(LocalPlatform.Ports.DEFAULT, 2);

		assertThat(two).extracting(Service::label, Service::port, Service::database)
			.containsExactly(tuple("intake-service", 8080, "muni311-intake"),
					tuple("intake-service-2", 8090, "muni311-intake"),
					tuple("routing-service", 8081, "muni311-routing"),
					tuple("routing-service-2", 8091, "muni311-routing"),
					tuple("notification-service", 8082, "muni311-notification"),
					tuple("notification-service-2", 8092, "muni311-notification"));
		assertThat(Service.all(LocalPlatform.Ports.DEFAULT)).extracting(Service::label, Service::port)
			.containsExactly(tuple("intake-service", 8080), tuple("routing-service", 8081),
					tuple("notification-service", 8082));
		assertThat(LocalPlatform.Ports.DEFAULT.named(2)).extracting(LocalPlatform.NamedPort::number)
			.containsExactly(9092, 9093, 27017, 3025, 8025, 8080, 8081, 8082, 8090, 8091, 8092, 9180, 9181, 9182, 9190,
					9191, 9192)
			.doesNotHaveDuplicates();
		assertThat(LocalRunner.addresses(LocalPlatform.Ports.DEFAULT, 2))
			.contains("intake-service        #1 http://localhost:8080  #2 http://localhost:8090")
			.contains("routing-service       #1 http://localhost:8081  #2 http://localhost:8091")
			.contains("notification-service  #1 http://localhost:8082  #2 http://localhost:8092");
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
