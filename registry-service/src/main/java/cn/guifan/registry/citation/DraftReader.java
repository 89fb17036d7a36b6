package cn.guifan.registry.citation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.ingest.text.UnreadableFileException;
import cn.guifan.registry.common.InvalidRequestException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the text of an uploaded draft like any ingested file (same formats, same limits,
 * same parse watchdog), with three bounds an anonymous upload needs: the text stops at
 * the checker's limit while it is read, a Word file is streamed rather than built in
 * memory, and only {@link UploadProperties#maxConcurrentParses()} uploads are parsed at
 * once; another one waits a moment, then is refused as busy (503) while searches and
 * pages go on answering.
 */
@Component
@EnableConfigurationProperties(UploadProperties.class)
class DraftReader {

	private final TextExtractor extractor;

	private final ParseGate gate;

	DraftReader(TextExtractor extractor, UploadProperties properties) {
		this.extractor = extractor;
		this.gate = new ParseGate(properties.maxConcurrentParses(), properties.queueWait());
	}

	/** The text of the upload; errors name the file. */
	String read(MultipartFile file) {
		if (file.isEmpty()) {
			throw new InvalidRequestException("file", "上传的文件为空");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "draft";
		ParseGate.Place place = this.gate.enter();
		Path temp = null;
		try {
			temp = Files.createTempFile("guifan-draft-", "-" + safeSuffix(name));
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			}
			return this.extractor.extractUpTo(temp, name, CitationChecker.MAX_TEXT).text();
		}
		catch (UnreadableFileException ex) {
			throw new InvalidRequestException("file", name + "：" + ex.getMessage());
		}
		catch (IOException ex) {
			throw new InvalidRequestException("file", "无法读取上传的文件 " + name + "：" + ex.getMessage());
		}
		finally {
			place.close();
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// A temporary file left behind is harmless.
				}
			}
		}
	}

	/**
	 * The last part of the name, reduced to characters any file system takes: it only
	 * keeps the extension visible in the temporary file's name.
	 */
	static String safeSuffix(String name) {
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String safe = last.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return safe.length() > 60 ? safe.substring(safe.length() - 60) : safe;
	}

}
