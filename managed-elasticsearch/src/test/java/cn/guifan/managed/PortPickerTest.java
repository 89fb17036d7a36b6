package cn.guifan.managed;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PortPickerTest {

	@Test
	void picksTwoDifferentPortsThatAreFreeOnLoopback() {
		NodePorts ports = PortPicker.pick();

		assertThat(ports.http()).isNotEqualTo(ports.transport()).isBetween(1, 65535);
		assertThat(ports.transport()).isBetween(1, 65535);
		assertThat(PortPicker.isFree(ports.http())).isTrue();
		assertThat(PortPicker.isFree(ports.transport())).isTrue();
	}

	@Test
	void portsInUseAreNotFree() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThat(PortPicker.isFree(socket.getLocalPort())).isFalse();
		}
	}

	@Test
	void httpAndTransportMustDiffer() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NodePorts(9200, 9200)).withMessageContaining("9200");
	}

}
