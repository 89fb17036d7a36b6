package cn.guifan.registry.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusyTimelineTest {

	@Test
	void indexerThreadsAreTheIndexes() {
		assertThat(BusyTimeline.role(ProcessCpu.group("41/guifan-index-se"))).isEqualTo(BusyTimeline.Role.INDEX);
		assertThat(BusyTimeline.role(ProcessCpu.group("42/guifan-index-wr"))).isEqualTo(BusyTimeline.Role.INDEX);
	}

	@Test
	void compilersAndCollectorAreTheRuntimes() {
		assertThat(BusyTimeline.role(ProcessCpu.group("12/C2 CompilerThre"))).isEqualTo(BusyTimeline.Role.RUNTIME);
		assertThat(BusyTimeline.role(ProcessCpu.group("9/GC Thread#1"))).isEqualTo(BusyTimeline.Role.RUNTIME);
		assertThat(BusyTimeline.role(ProcessCpu.group("10/G1 Conc#0"))).isEqualTo(BusyTimeline.Role.RUNTIME);
	}

	@Test
	void everythingElseIsTheJobs() {
		assertThat(BusyTimeline.role(ProcessCpu.group("1/cn.guifan.regis"))).isEqualTo(BusyTimeline.Role.JOB);
		assertThat(BusyTimeline.role(ProcessCpu.group("55/ingest-parse-2"))).isEqualTo(BusyTimeline.Role.JOB);
	}

	@Test
	void aTimelineSamplesUntilClosed() throws Exception {
		BusyTimeline timeline = BusyTimeline.start(-1, 20);
		Thread.sleep(100);
		timeline.close();
		int slices = timeline.slices();
		Thread.sleep(60);
		assertThat(slices).isGreaterThanOrEqualTo(3);
		assertThat(timeline.slices()).isEqualTo(slices);
	}

}
