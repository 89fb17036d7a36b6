package cn.guifan.registry.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.guifan.ingest.json.DocumentJson;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.text.ExtractedText;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.ingest.text.UnreadableFileException;
import cn.guifan.schemas.document.DocumentMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code guifan extract FILE...}: reads files and prints what Guifan understands of each,
 * one JSON object per line, in the shape of {@code document.schema.json}. Needs neither
 * the database nor Elasticsearch.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "读取文件并输出识别出的元数据，每个文件一行 JSON（标题、发文字号、发文机关、成文日期、施行日期、有效期、效力级别、废止条款、引用、结构等）。",
				"无法读取的文件输出 errors 字段，说明错误代码和原因。不需要启动服务。" })
class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要识别的文件")
	List<Path> files = new ArrayList<>();

	@Option(names = "--text", description = "同时输出全文（text 字段）")
	boolean withText;

	@Override
	public Integer call() {
		CliLogging.warningsToStandardError();
		TextExtractor textExtractor = new TextExtractor();
		MetadataExtractor metadataExtractor = MetadataExtractor.standard();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		boolean allRead = true;
		for (Path file : this.files) {
			ObjectNode line = extract(file, textExtractor, metadataExtractor, this.withText);
			allRead &= !line.has("errors");
			out.println(line);
		}
		return allRead ? ExitCodes.OK : ExitCodes.FAILED;
	}

	static ObjectNode extract(Path file, TextExtractor textExtractor, MetadataExtractor metadataExtractor,
			boolean withText) {
		String name = file.toString();
		try {
			if (Files.isDirectory(file)) {
				throw new UnreadableFileException(ReadError.NOT_FOUND, name, "这是一个目录，不是文件；导入目录请用 guifan ingest");
			}
			ExtractedText extracted = textExtractor.extract(file, name);
			DocumentMetadata metadata = metadataExtractor.extract(extracted.text(), name);
			ObjectNode json = DocumentJson.mapper().createObjectNode();
			json.put("file", name);
			json.setAll(DocumentJson.toJson(metadata, extracted.source()));
			json.put("textLength", extracted.text().length());
			if (withText) {
				json.put("text", extracted.text());
			}
			return json;
		}
		catch (UnreadableFileException ex) {
			ObjectNode json = DocumentJson.mapper().createObjectNode();
			json.put("file", name);
			ObjectNode error = json.putArray("errors").addObject();
			error.put("code", ex.error().name());
			error.put("message", ex.getMessage());
			return json;
		}
	}

}
