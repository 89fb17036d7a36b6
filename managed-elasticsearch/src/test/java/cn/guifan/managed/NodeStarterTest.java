package cn.guifan.managed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeStarterTest {

	@Test
	void bindFailuresAreRecognisedInTheConsoleOutput() {
		assertThat(NodeStarter.isBindFailure(
				"BindTransportException[Failed to bind to 127.0.0.1:41001]; nested: BindException[Address already in use]"))
			.isTrue();
		assertThat(NodeStarter.isBindFailure("BindHttpException[Failed to bind to 127.0.0.1:41000]")).isTrue();
		assertThat(NodeStarter.isBindFailure("OutOfMemoryError: Java heap space")).isFalse();
	}

}
