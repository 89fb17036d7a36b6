package cn.guifan.registry.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.guifan.ingest.source.ExtractionResult;
import cn.guifan.ingest.testing.FailingStages;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.schemas.json.JsonSchemas;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guifan extract}: one JSON object per file, valid against the schema, errors for
 * bad files.
 */
class ExtractCommandTest {

	private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(JsonSchemas.read(JsonSchemas.DOCUMENT));

	@TempDir
	Path dir;

	@Test
	void everySampleDocumentGivesOneValidLine() throws Exception {
		List<Path> samples;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/samples/qinghe"))) {
			samples = files.filter((p) -> !p.getFileName().toString().startsWith(".")).sorted().toList();
		}
		List<String> args = samples.stream().map(Path::toString).toList();
		Result result = run(args.toArray(String[]::new));

		assertThat(result.code()).isZero();
		assertThat(result.lines()).hasSize(samples.size());
		for (String line : result.lines()) {
			assertThat(SCHEMA.validate(line, InputFormat.JSON)).as(line).isEmpty();
			JsonNode json = JsonMapper.builder().build().readTree(line);
			assertThat(json.get("title").asString()).isNotBlank();
			assertThat(json.has("errors")).isFalse();
		}
	}

	@Test
	void unreadableFilesGetErrorsWithCodesAndTheExitCodeSaysSo() throws Exception {
		Path good = TestFiles.text(this.dir, "good.txt", TestFiles.NOTICE);
		Path empty = TestFiles.empty(this.dir, "empty.txt");
		Path binary = TestFiles.binaryNamedPdf(this.dir, "binary.pdf");

		Result result = run(good.toString(), empty.toString(), binary.toString(),
				this.dir.resolve("missing.docx").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FAILED);
		assertThat(result.lines()).hasSize(4);
		result.lines().forEach((line) -> assertThat(SCHEMA.validate(line, InputFormat.JSON)).as(line).isEmpty());
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.readTree(result.lines().get(0)).get("docNumberNormalized").asString())
			.isEqualTo("青政办〔2021〕12号");
		assertThat(json.readTree(result.lines().get(1)).at("/errors/0/code").asString()).isEqualTo("EMPTY_FILE");
		assertThat(json.readTree(result.lines().get(2)).at("/errors/0/code").asString()).isIn("CORRUPT_FILE",
				"UNSUPPORTED_TYPE");
		assertThat(json.readTree(result.lines().get(3)).at("/errors/0/message").asString()).contains("missing.docx");
	}

	@Test
	void anArchiveGivesOneLinePerMember() throws Exception {
		Path zip = this.dir.resolve("notices.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("一/notice.txt"));
			out.write(TestFiles.NOTICE.getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new java.util.zip.ZipEntry("二/empty.txt"));
		}
		Result result = run(zip.toString());
		assertThat(result.lines()).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.readTree(result.lines().get(0)).get("file").asString()).isEqualTo(zip + "!/一/notice.txt");
		assertThat(json.readTree(result.lines().get(1)).at("/errors/0/code").asString()).isEqualTo("EMPTY_FILE");
		result.lines().forEach((line) -> assertThat(SCHEMA.validate(line, InputFormat.JSON)).as(line).isEmpty());
	}

	@Test
	void theNoticeOfIssue16GivesItsRecordWithTheRepealReadRight() throws Exception {
		// It printed only "错误：begin 164, end 157, length 192".
		Path notice = TestFiles.text(this.dir, "notice.txt", """
				某县城区停车收费管理办法

				第一条　为规范城区停车收费，制定本办法。
				第二十条　本办法自2027年1月1日起施行，有效期5年。《某县城区停车收费暂行办法》（某政办规〔2021〕3号，以下简称《暂行办法》）同时废止。
				""");
		Result result = run(notice.toString());

		assertThat(result.code()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(result.lines().get(0));
		assertThat(SCHEMA.validate(result.lines().get(0), InputFormat.JSON)).isEmpty();
		assertThat(json.has("errors")).isFalse();
		assertThat(json.at("/repeals/0/title").asString()).isEqualTo("某县城区停车收费暂行办法");
		assertThat(json.at("/repeals/0/docNumberNormalized").asString()).isEqualTo("某政办规〔2021〕3号");
		assertThat(json.get("expiryDate").asString()).isEqualTo("2031-12-31");
	}

	@Test
	void aStepThatFailsIsAnErrorNamingItsStageBesideWhatTheOtherStepsRead() throws Exception {
		Path file = TestFiles.text(this.dir, "notice.txt", TestFiles.NOTICE + "\n" + FailingStages.FAILS_A_STAGE);
		ExtractionResult read = new ExtractionResult.Read("notice.txt",
				new TextExtractor().extract(file, "notice.txt"));

		String line = ExtractCommand.toJson(read, FailingStages.standardAndFailing(), false).toString();

		assertThat(SCHEMA.validate(line, InputFormat.JSON)).as(line).isEmpty();
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.get("docNumberNormalized").asString()).isEqualTo("青政办〔2021〕12号");
		assertThat(json.at("/errors/0/code").asString()).isEqualTo("STAGE_FAILED");
		assertThat(json.at("/errors/0/stage").asString()).isEqualTo("ThrowingStage");
		assertThat(json.at("/errors/0/message").asString()).contains("StringIndexOutOfBoundsException");
	}

	@Test
	void theFullTextIsIncludedWhenAsked() throws Exception {
		Path good = TestFiles.text(this.dir, "good.txt", TestFiles.NOTICE);
		Result result = run("--text", good.toString());
		assertThat(JsonMapper.builder().build().readTree(result.lines().get(0)).get("text").asString())
			.contains("第一条 为了规范城区占道经营行为");
	}

	private static Result run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = new CommandLine(new ExtractCommand()).execute(args);
		}
		finally {
			System.setOut(original);
		}
		return new Result(code, captured.toString(StandardCharsets.UTF_8).lines().toList());
	}

	private record Result(int code, List<String> lines) {
	}

}
