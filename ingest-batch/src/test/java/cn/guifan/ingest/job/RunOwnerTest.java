package cn.guifan.ingest.job;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunOwnerTest {

	private final Instant now = Instant.now();

	@Test
	void thisProcessIsAliveAndSurvivesItsWrittenForm() {
		RunOwner self = RunOwner.current();
		assertThat(RunOwner.parse(self.toString())).isEqualTo(self);
		assertThat(self.isAlive(this.now, this.now)).isTrue();
	}

	@Test
	void aPidReusedByAnotherProcessIsNotTheOwner() {
		RunOwner self = RunOwner.current();
		RunOwner earlier = new RunOwner(self.host(), self.pid(), self.startedAt() - 60_000);
		assertThat(earlier.isAlive(this.now, this.now)).isFalse();
	}

	@Test
	void aProcessThatExitedIsNotAlive() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		assertThat(new RunOwner(RunOwner.current().host(), process.pid(), 1).isAlive(this.now, this.now)).isFalse();
	}

	@Test
	void anotherHostsRunIsAliveUntilItHasRecordedNothingForAnHour() {
		RunOwner remote = new RunOwner("another-host.example", 42, 1);
		assertThat(remote.isAlive(this.now.minus(Duration.ofMinutes(59)), this.now)).isTrue();
		assertThat(remote.isAlive(this.now.minus(Duration.ofMinutes(61)), this.now)).isFalse();
	}

	@Test
	void whatIsNoOwnerParsesToNothing() {
		assertThat(RunOwner.parse(null)).isNull();
		assertThat(RunOwner.parse("host|pid|start")).isNull();
		assertThat(RunOwner.parse("only-host")).isNull();
	}

}
