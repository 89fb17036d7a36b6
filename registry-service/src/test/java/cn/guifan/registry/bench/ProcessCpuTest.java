package cn.guifan.registry.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {

	@Test
	void threadsOfOnePoolAreOneGroup() {
		assertThat(ProcessCpu.group("4711/GC Thread#1")).isEqualTo("GC Thread");
		assertThat(ProcessCpu.group("4712/GC Thread#0")).isEqualTo("GC Thread");
		assertThat(ProcessCpu.group("4713/C2 CompilerThre")).isEqualTo("C2 CompilerThre");
		assertThat(ProcessCpu.group("4714/guifan-parse-2")).isEqualTo("guifan-parse");
		assertThat(ProcessCpu.group("4715/42")).isEqualTo("42");
	}

	@Test
	void cpuTicksAreUserPlusSystemTimeEvenWhenTheNameHasSpacesAndParentheses() {
		String stat = "4711 (GC (Thread) 1) S 1 2 3 4 5 6 7 8 9 10 250 17 0 0 20 0 1 0";
		assertThat(ProcessCpu.ticks(stat)).isEqualTo(267);
		assertThat(ProcessCpu.systemTicks(stat)).isEqualTo(17);
		assertThat(ProcessCpu.minorFaults(stat)).isEqualTo(7);
	}

	@Test
	void aGroupNamesItsSystemTimeAndFaultsOnlyWhenTheyAreWorthSaying() {
		assertThat(ProcessCpu.cell("guifan-index-se", 810, 40, 120_000))
			.isEqualTo("guifan-index-se 8.1 (system 0.4, 120k faults)");
		assertThat(ProcessCpu.cell("ingest-parse", 420, 3, 500)).isEqualTo("ingest-parse 4.2");
	}

	@Test
	void bytesWrittenAreTheWriteCallsOfProcIo() {
		String io = "rchar: 6976\nwchar: 452000000\nsyscr: 10\nsyscw: 0\nread_bytes: 0\nwrite_bytes: 4096\n";
		assertThat(ProcessCpu.io(io, "wchar")).isEqualTo(452_000_000L);
		assertThat(ProcessCpu.io(io, "write_bytes")).isEqualTo(4096L);
		assertThat(ProcessCpu.io("", "wchar")).isZero();
	}

	@Test
	void theMachineIsBusyInAllButIdleAndIowaitTicks() {
		String stat = "cpu  100 5 50 1000 20 3 2 0 0 0\ncpu0 50 2 25 500 10 1 1 0 0 0\n";
		assertThat(ProcessCpu.machineTicks(stat)).containsExactly(160L, 20L);
		assertThat(ProcessCpu.machineTicks(null)).containsExactly(0L, 0L);
	}

	@Test
	void dirtyPageCacheIsReadInBytes() {
		assertThat(ProcessCpu.dirty("MemTotal:       24000000 kB\nDirty:            204800 kB\n"))
			.isEqualTo(204_800L * 1024);
		assertThat(ProcessCpu.dirty(null)).isZero();
	}

}
