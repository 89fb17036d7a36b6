package cn.guifan.registry.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.guifan.registry.document.DocumentJson;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.job.IngestProperties;
import cn.guifan.ingest.source.ArchiveExpander;
import cn.guifan.ingest.source.ExtractionResult;
import cn.guifan.ingest.source.SourceExtractor;
import cn.guifan.ingest.text.ExtractedText;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.ReadLimits;
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
 * the database nor Elasticsearch. A step of metadata extraction that fails on a file is
 * an {@code errors} entry naming the step ({@code stage}) beside what the other steps
 * read; it is also logged on standard error.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "读取文件并输出识别出的元数据，每个文件一行 JSON（标题、发文字号、发文机关、成文日期、施行日期、有效期、效力级别、废止条款、引用、结构等）。",
				"无法读取的文件只输出 errors 字段，说明错误代码和原因；能读取但某一项信息识别出错的文件照常输出，errors 中注明出错的步骤（stage）。不需要启动服务。" })
class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要识别的文件")
	List<Path> files = new ArrayList<>();

	@Option(names = "--text", description = "同时输出全文（text 字段）")
	boolean withText;

	@Override
	public Integer call() {
		CliLogging.warningsToStandardError();
		TextExtractor textExtractor = new TextExtractor();
		SourceExtractor extractor = new SourceExtractor(textExtractor,
				new ArchiveExpander(ReadLimits.DEFAULT, IngestProperties.DEFAULT.workDirectory()));
		MetadataExtractor metadataExtractor = MetadataExtractor.standard();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		boolean[] allRead = { true };
		for (Path file : this.files) {
			if (!Files.exists(file)) {
				out.println(refused(file.toString(),
						new UnreadableFileException(ReadError.NOT_FOUND, file.toString(), "找不到文件 " + file)));
				allRead[0] = false;
				continue;
			}
			// One line per file; an archive gives one line per member, a directory one
			// per file in it.
			// Names as the user gave the path: dir/a.txt, notices.zip!/member.txt under
			// its folder.
			String prefix = Files.isDirectory(file) ? file + "/"
					: (file.getParent() != null) ? file.getParent() + "/" : "";
			extractor.extract(file, (result) -> {
				ObjectNode line = toJson(result, metadataExtractor, this.withText);
				line.put("file", prefix + line.get("file").asString());
				// A file read with a failed step still gives its record: only a file
				// that could not be read at all makes the command fail.
				allRead[0] &= line.has("title");
				out.println(line);
			});
		}
		return allRead[0] ? ExitCodes.OK : ExitCodes.FAILED;
	}

	static ObjectNode toJson(ExtractionResult result, MetadataExtractor metadataExtractor, boolean withText) {
		if (result instanceof ExtractionResult.Read read) {
			return read(read.name(), read.text(), metadataExtractor, withText);
		}
		ExtractionResult.Refused refused = (ExtractionResult.Refused) result;
		return refused(refused.name(), refused.reason());
	}

	private static ObjectNode read(String name, ExtractedText extracted, MetadataExtractor metadataExtractor,
			boolean withText) {
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

	private static ObjectNode refused(String name, UnreadableFileException ex) {
		ObjectNode json = DocumentJson.mapper().createObjectNode();
		json.put("file", name);
		ObjectNode error = json.putArray("errors").addObject();
		error.put("code", ex.error().name());
		error.put("message", ex.getMessage());
		return json;
	}

}
