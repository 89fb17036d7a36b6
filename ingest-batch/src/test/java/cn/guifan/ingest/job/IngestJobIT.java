package cn.guifan.ingest.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.sink.CollectingSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.SkippedFile;
import cn.guifan.ingest.testing.FailingStages;
import cn.guifan.ingest.testing.Formats;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.schemas.document.ExtractionError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ingest job against a real job repository (H2): counts of read, written and skipped
 * files, the report of every skipped file, duplicates on a second run, restart after a
 * failure, and that no single document fails a run: a failed metadata stage, an error
 * while reading a file, a document the registry refuses.
 */
@SpringBootTest(classes = IngestJobIT.TestApplication.class,
		properties = { "spring.batch.jdbc.initialize-schema=always", "spring.batch.job.enabled=false",
				"spring.datasource.url=jdbc:h2:mem:ingest-job;DB_CLOSE_DELAY=-1" })
class IngestJobIT {

	@Autowired
	IngestRunner runner;

	@Autowired
	CollectingSink sink;

	@Autowired
	IngestMonitor monitor;

	@Autowired
	JobRepository jobRepository;

	@TempDir
	Path dir;

	@BeforeEach
	void writeFiles() throws Exception {
		this.sink.clear();
		TestFiles.text(this.dir, "a/notice.txt", TestFiles.NOTICE);
		TestFiles.docx(this.dir, "b/notice-2.docx", TestFiles.NOTICE.replace("12号", "13号"));
		TestFiles.html(this.dir, "c/page.html", "页面", TestFiles.NOTICE.replace("12号", "14号"));
		TestFiles.text(this.dir, "d/law.md", "# 中华人民共和国测试法\n\n第一条 为了测试，制定本法。\n");
		TestFiles.corruptDocx(this.dir, "bad/broken.docx");
		TestFiles.empty(this.dir, "bad/empty.txt");
		TestFiles.binaryNamedPdf(this.dir, "bad/not-a.pdf");
		TestFiles.text(this.dir, ".hidden/ignored.txt", "隐藏文件不导入");
	}

	@Test
	void goodFilesAreStoredBadOnesSkippedWithReasonsAndTheRunCompletes() throws Exception {
		JobExecution execution = this.runner.run(this.dir);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestRunner.RunCounts counts = IngestRunner.counts(execution);
		assertThat(counts.read()).isEqualTo(7);
		assertThat(counts.stored()).isEqualTo(4);
		assertThat(counts.skipped()).isEqualTo(3);
		assertThat(this.sink.stored()).extracting((d) -> d.record().source().fileName())
			.containsExactlyInAnyOrder("a/notice.txt", "b/notice-2.docx", "c/page.html", "d/law.md");
		assertThat(this.sink.stored()).extracting((IngestedDocument d) -> d.record().metadata().title())
			.contains("中华人民共和国测试法");
		assertThat(this.sink.skipped()).extracting(SkippedFile::file)
			.containsExactlyInAnyOrder("bad/broken.docx", "bad/empty.txt", "bad/not-a.pdf");
		assertThat(this.sink.skipped()).filteredOn((s) -> s.file().equals("bad/empty.txt"))
			.extracting(SkippedFile::error)
			.containsExactly(ReadError.EMPTY_FILE);
		assertThat(this.sink.skipped()).allSatisfy((s) -> {
			assertThat(s.message()).isNotBlank();
			assertThat(s.runId()).isEqualTo(execution.getId());
		});
	}

	@Test
	void documentsReachTheRegistryInTheOrderOfTheDirectoryAndSkippedFilesInTheirPlace() throws Exception {
		// Parsed ahead on two threads (the docx takes longer than the texts around it),
		// the files still reach the sink in the directory's order, and the unreadable
		// ones are reported in that order too.
		this.runner.run(this.dir);

		assertThat(this.sink.stored()).extracting((d) -> d.record().source().fileName())
			.containsExactly("a/notice.txt", "b/notice-2.docx", "c/page.html", "d/law.md");
		assertThat(this.sink.skipped()).extracting(SkippedFile::file)
			.containsExactly("bad/broken.docx", "bad/empty.txt", "bad/not-a.pdf");
	}

	@Test
	void aLinkOutOfTheFolderAndAManifestAreReportedNeverStored(@TempDir Path source, @TempDir Path other)
			throws Exception {
		TestFiles.text(source, "notice.txt", TestFiles.NOTICE);
		java.nio.file.Files.createSymbolicLink(source.resolve("passwd.txt"), java.nio.file.Path.of("/etc/passwd"));
		java.nio.file.Files.createSymbolicLink(source.resolve("other.txt"),
				TestFiles.text(other, "other.txt", TestFiles.NOTICE.replace("12号", "31号")));
		TestFiles.text(source, "manifest.jsonl", "{\"file\":\"notice.txt\"}\n");

		JobExecution execution = this.runner.run(source);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.sink.stored()).extracting((d) -> d.record().source().fileName()).containsExactly("notice.txt");
		assertThat(this.sink.skipped()).extracting(SkippedFile::file, SkippedFile::error)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("passwd.txt", ReadError.LINK_OUTSIDE),
					org.assertj.core.groups.Tuple.tuple("other.txt", ReadError.LINK_OUTSIDE),
					org.assertj.core.groups.Tuple.tuple("manifest.jsonl", ReadError.NOT_A_DOCUMENT));
	}

	@Test
	void archiveMembersAreItemsOfTheRunAndABombIsSkippedWhileTheRunGoesOn(@TempDir Path source, @TempDir Path other)
			throws Exception {
		Path docx = TestFiles.docx(other, "b.docx", TestFiles.NOTICE.replace("12号", "21号"));
		Path inner;
		try (var zip = Formats.zip(other, "inner.zip")) {
			inner = zip.add("c.txt", TestFiles.NOTICE.replace("12号", "22号")).path();
		}
		try (var zip = Formats.zip(source, "a.zip")) {
			zip.add("folder/b.docx", docx).add("inner.zip", inner);
		}
		try (var zip = Formats.zip(source, "bomb.zip")) {
			zip.add("readme.txt", "通知").addZeros("zeros.bin", 20L * 1024 * 1024);
		}
		TestFiles.text(source, "z.txt", TestFiles.NOTICE.replace("12号", "23号"));

		JobExecution execution = this.runner.run(source);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(IngestRunner.counts(execution).read()).isEqualTo(4);
		assertThat(this.sink.stored()).extracting((d) -> d.record().source().fileName())
			.containsExactlyInAnyOrder("a.zip!/folder/b.docx", "a.zip!/inner.zip!/c.txt", "z.txt");
		assertThat(this.sink.missingContent()).isEmpty();
		assertThat(this.sink.skipped()).singleElement().satisfies((s) -> {
			assertThat(s.file()).isEqualTo("bomb.zip");
			assertThat(s.error()).isEqualTo(ReadError.ARCHIVE_LIMIT);
		});
		// The work folder of the run is gone with the run.
		assertThat(this.sink.stored()).filteredOn((d) -> d.record().source().fileName().startsWith("a.zip"))
			.allSatisfy((d) -> assertThat(d.content().getParent().getParent()).doesNotExist());
	}

	@Test
	void aSecondRunOverTheSameFilesStoresNothingNew() throws Exception {
		this.runner.run(this.dir);
		JobExecution second = this.runner.run(this.dir);

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestRunner.RunCounts counts = IngestRunner.counts(second);
		assertThat(counts.stored()).isZero();
		assertThat(counts.duplicates()).isEqualTo(4);
		assertThat(this.sink.stored()).hasSize(4);
	}

	@Test
	void aDocumentWhoseMetadataStageFailsIsStoredWithoutThatStepAndListedForTheSummary() throws Exception {
		TestFiles.text(this.dir, "e/stage.txt",
				TestFiles.NOTICE.replace("12号", "15号") + "\n" + FailingStages.FAILS_A_STAGE + "\n");

		JobExecution execution = this.runner.run(this.dir);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestRunner.RunCounts counts = IngestRunner.counts(execution);
		assertThat(counts.stored()).isEqualTo(5);
		assertThat(counts.withStageFailures()).isEqualTo(1);
		IngestedDocument stored = this.sink.stored()
			.stream()
			.filter((d) -> d.record().source().fileName().equals("e/stage.txt"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.record().metadata().docNumber().normalized()).isEqualTo("青政办〔2021〕15号");
		assertThat(stored.record().metadata().extractionErrors()).extracting(ExtractionError::stage)
			.containsExactly("ThrowingStage");
		assertThat(this.monitor.stageFailures())
			.extracting(IngestMonitor.StageFailure::file, IngestMonitor.StageFailure::stage)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("e/stage.txt", "ThrowingStage"));
		assertThat(this.monitor.snapshot().withStageFailures()).isEqualTo(1);
	}

	@Test
	void anUnexpectedErrorWhileReadingAFileSkipsItNamingTheFileAndTheError() throws Exception {
		TestFiles.text(this.dir, "e/breaks.txt",
				TestFiles.NOTICE.replace("12号", "16号") + "\n" + FailingStages.FAILS_OUTSIDE_THE_STAGES + "\n");

		JobExecution execution = this.runner.run(this.dir);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(IngestRunner.counts(execution).stored()).isEqualTo(4);
		assertThat(this.sink.skipped()).filteredOn((s) -> s.file().equals("e/breaks.txt"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.error()).isEqualTo(ReadError.INTERNAL_ERROR);
				assertThat(s.message()).contains("处理文件时发生内部错误", "e/breaks.txt", "NullPointerException");
				assertThat(s.runId()).isEqualTo(execution.getId());
			});
		assertThat(this.monitor.skippedFiles()).extracting(SkippedFile::file).contains("e/breaks.txt");
	}

	@Test
	void aDocumentTheRegistryRefusesIsFoundInItsChunkSkippedAndTheOthersAreStored() throws Exception {
		this.sink.refuse("b/notice-2.docx", new DataIntegrityViolationException("Value too long for column TITLE"));

		JobExecution execution = this.runner.run(this.dir);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.sink.stored()).extracting((d) -> d.record().source().fileName())
			.containsExactlyInAnyOrder("a/notice.txt", "c/page.html", "d/law.md");
		assertThat(this.sink.skipped()).filteredOn((s) -> s.file().equals("b/notice-2.docx"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.error()).isEqualTo(ReadError.INTERNAL_ERROR);
				assertThat(s.message()).contains("写入登记库时出错", "Value too long for column TITLE");
			});
		assertThat(IngestRunner.counts(execution).skipped()).isEqualTo(4);
	}

	@Test
	void aDatabaseThatIsGoneFailsTheRunNamingTheFilesBeingStoredAndSkipsNone() throws Exception {
		// Stores: [a, b], then an empty chunk (both files unreadable), then
		// [c/page.html].
		this.sink.failAfter(2);

		JobExecution failed = this.runner.run(this.dir);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.sink.skipped()).extracting(SkippedFile::file).doesNotContain("c/page.html");
		assertThat(failed.getAllFailureExceptions()).anySatisfy((t) -> assertThat(messages(t))
			.anySatisfy((m) -> assertThat(m).contains("写入登记库失败（c/page.html）", "database unavailable")));
	}

	@Test
	void aRunWhoseProcessDiedIsResumedAfterItsLastCommittedChunk() throws Exception {
		JobExecution killed = runKilledAfterOneChunk(deadProcess());

		JobExecution resumed = this.runner.run(this.dir);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(killed.getJobInstance().getInstanceId());
		assertThat(IngestRunner.counts(resumed).read()).as("the files after the committed chunk").isEqualTo(5);
		assertThat(this.sink.stored()).extracting((d) -> d.record().source().fileName())
			.containsExactlyInAnyOrder("a/notice.txt", "b/notice-2.docx", "c/page.html", "d/law.md");
		assertThat(this.jobRepository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void aSecondRunOverADirectoryBeingIngestedIsRefused() throws Exception {
		JobExecution running = runKilledAfterOneChunk(RunOwner.current());

		assertThatExceptionOfType(IngestRunner.IngestAlreadyRunningException.class)
			.isThrownBy(() -> this.runner.run(this.dir))
			.withMessageContaining("导入正在进行")
			.withMessageContaining("运行编号 " + running.getId());
		assertThat(this.jobRepository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
	}

	/**
	 * A run that stored its first chunk, then its process vanished: what kill -9 leaves
	 * in the job repository (the execution and its step STARTED, no end).
	 */
	private JobExecution runKilledAfterOneChunk(RunOwner owner) throws Exception {
		this.sink.failAfter(1);
		JobExecution execution = this.runner.run(this.dir);
		assertThat(this.sink.stored()).hasSize(2);
		this.sink.failAfter(-1);
		for (StepExecution step : execution.getStepExecutions()) {
			step.setStatus(BatchStatus.STARTED);
			step.setEndTime(null);
			this.jobRepository.update(step);
		}
		execution.setStatus(BatchStatus.STARTED);
		execution.setEndTime(null);
		execution.getExecutionContext().putString(IngestRunner.OWNER_KEY, owner.toString());
		this.jobRepository.update(execution);
		this.jobRepository.updateExecutionContext(execution);
		return execution;
	}

	private static RunOwner deadProcess() throws Exception {
		Process process = new ProcessBuilder("true").start();
		long started = process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(1L);
		process.waitFor();
		return new RunOwner(RunOwner.current().host(), process.pid(), started);
	}

	@Test
	void aFailedRunResumesAfterItsLastCommittedChunk() throws Exception {
		this.sink.failAfter(1);
		JobExecution failed = this.runner.run(this.dir);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.sink.stored()).hasSize(2);

		JobExecution resumed = this.runner.run(this.dir);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// The first chunk (two files) was committed; the restart reads only the rest.
		assertThat(IngestRunner.counts(resumed).read()).isEqualTo(5);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		Set<String> names = this.sink.stored()
			.stream()
			.map((d) -> d.record().source().fileName())
			.collect(Collectors.toSet());
		assertThat(names).containsExactlyInAnyOrder("a/notice.txt", "b/notice-2.docx", "c/page.html", "d/law.md");
	}

	private static List<String> messages(Throwable failure) {
		List<String> messages = new ArrayList<>();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			messages.add(String.valueOf(t.getMessage()));
		}
		return messages;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(IngestJobConfiguration.class)
	static class TestApplication {

		@Bean
		CollectingSink sink() {
			return new CollectingSink();
		}

		@Bean
		@Primary
		MetadataExtractor failingMetadataExtractor() {
			return FailingStages.standardAndFailing();
		}

		@Bean
		IngestProperties ingestProperties() {
			return new IngestProperties(2, 2, ReadLimits.DEFAULT);
		}

	}

}
