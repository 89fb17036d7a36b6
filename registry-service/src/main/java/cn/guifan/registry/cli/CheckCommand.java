package cn.guifan.registry.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.registry.document.DocumentJson;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.ingest.text.UnreadableFileException;
import cn.guifan.registry.citation.CitationCheckResult;
import cn.guifan.registry.citation.CitationChecker;
import cn.guifan.registry.citation.Verdict;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guifan check FILE}: checks every citation of a draft against the registry. Reads
 * the registry's database; needs no Elasticsearch.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "核查文稿中《》引用的每一个文件：在印发之日是否有效、是否已修改或废止、是否收录、发文字号与标题是否一致。", "退出码：0 全部可以引用；3 有需要处理的引用；1 文件无法读取。" })
class CheckCommand extends RegistryCommand {

	/** Exit code when some citation needs attention. */
	static final int FINDINGS = 3;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要核查的文稿（docx、doc、pdf、txt 等）")
	List<Path> files = new ArrayList<>();

	@Option(names = "--date", description = "印发日期 YYYY-MM-DD（默认今天）")
	LocalDate date;

	@Option(names = "--json", description = "以 JSON 输出，每个文件一行")
	boolean json;

	@Override
	public Integer call() {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try (ConfigurableApplicationContext context = start(databaseOnly())) {
			CitationChecker checker = context.getBean(CitationChecker.class);
			TextExtractor extractor = context.getBean(TextExtractor.class);
			int code = ExitCodes.OK;
			for (Path file : this.files) {
				String text;
				try {
					text = extractor.extractUpTo(file, file.toString(), CitationChecker.MAX_TEXT).text();
				}
				catch (UnreadableFileException ex) {
					System.err.println("错误：" + file + "：" + ex.getMessage());
					code = ExitCodes.FAILED;
					continue;
				}
				CitationCheckResult result = checker.check(text, this.date, true);
				if (this.json) {
					var node = DocumentJson.mapper().valueToTree(result);
					out.println(DocumentJson.mapper()
						.createObjectNode()
						.put("file", file.toString())
						.setAll((tools.jackson.databind.node.ObjectNode) node));
				}
				else {
					print(file, result, out);
				}
				boolean attention = result.findings().stream().anyMatch((f) -> f.verdict() != Verdict.OK);
				if (attention && code == ExitCodes.OK) {
					code = FINDINGS;
				}
			}
			return code;
		}
	}

	private static void print(Path file, CitationCheckResult result, PrintStream out) {
		out.printf("%s：共 %d 处引用（按 %s 核查）%n", file, result.findings().size(), result.date());
		for (CitationCheckResult.Finding f : result.findings()) {
			out.printf("  [%s] 第 %d 字 《%s》%s%n      %s%n", f.verdictLabel(), f.start(), f.title(),
					(f.docNumber() != null) ? "（" + f.docNumber() + "）" : "", f.message());
		}
	}

}
