package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

	@TempDir
	Path temp;

	@Test
	void givesTheLastLines() throws IOException {
		Path log = Files.writeString(this.temp.resolve("node.log"), lines(1, 100));

		assertThat(LogTail.of(log, 3)).isEqualTo("line 98\nline 99\nline 100");
	}

	@Test
	void aLogLargerThanTheWindowStartsAtAWholeLine() throws IOException {
		Path log = Files.writeString(this.temp.resolve("node.log"), lines(1, 20_000));

		String tail = LogTail.of(log, 100_000);

		assertThat(tail.lines()).allMatch((line) -> line.matches("line \\d+")).last().isEqualTo("line 20000");
	}

	@Test
	void aMissingLogIsNamed() {
		Path log = this.temp.resolve("never-written.log");

		assertThat(LogTail.of(log, 10)).contains(log.toString()).contains("does not exist");
	}

	private static String lines(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj((i) -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
	}

}
