package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NodeStateFileTest {

	@TempDir
	Path temp;

	@Test
	void whatIsWrittenIsReadBack() {
		NodeStateFile file = new NodeStateFile(this.temp.resolve("node.json"));
		NodeState state = state(4242);

		file.write(state);

		assertThat(file.read()).contains(state);
		assertThat(state.httpUri()).hasToString("http://127.0.0.1:41000");
	}

	@Test
	void anUnreadableRecordCountsAsNone() throws IOException {
		Path path = Files.writeString(this.temp.resolve("node.json"), "{ half a rec");

		assertThat(new NodeStateFile(path).read()).isEmpty();
	}

	@Test
	void onlyTheRecordOfTheStoppedNodeIsDeleted() {
		NodeStateFile file = new NodeStateFile(this.temp.resolve("node.json"));
		file.write(state(4242));

		file.deleteIfFor(1111);
		assertThat(file.read()).isPresent();

		file.deleteIfFor(4242);
		assertThat(file.read()).isEmpty();
	}

	private static NodeState state(long pid) {
		return new NodeState(pid, Instant.parse("2026-01-02T03:04:05.678Z"), pid, 41000, 41001, "guifan-abc", 77, null,
				4243, "/srv/guifan", "guifan-es", Instant.parse("2026-01-02T03:04:06Z"));
	}

}
