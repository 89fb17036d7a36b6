package cn.guifan.registry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.registry.common.DocumentNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Any document, as it stood on a date, as a PDF, DOCX or TXT file with a header that says
 * its status then and which text it is. Anonymous users get public documents only.
 */
@Service
public class DocumentExports {

	private final DocumentTexts texts;

	private final BookWriters writers;

	private final Clock clock;

	DocumentExports(DocumentTexts texts, BookWriters writers, Clock clock) {
		this.texts = texts;
		this.writers = writers;
		this.clock = clock;
	}

	/**
	 * The document on {@code asOf} (today when null) in the format.
	 * @throws DocumentNotFoundException when it does not exist or the asker may not see
	 * it
	 */
	public Exported export(long id, @Nullable LocalDate asOf, ExportFormat format, boolean includeRestricted) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (asOf != null) ? asOf : today;
		ExportedDocument d = this.texts.asOf(id, day);
		if (d == null || (!includeRestricted && !d.publicDocument())) {
			throw new DocumentNotFoundException(Long.toString(id));
		}
		Book book = Book.single(d.title(), header(d, today));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BookWriter writer = this.writers.open(format, out, book)) {
			writer.document(d);
			writer.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Exported(fileName(d, format), format, out.toByteArray());
	}

	/** The status header: what the status was on the date, and which text this is. */
	static List<String> header(ExportedDocument d, LocalDate today) {
		List<String> lines = new ArrayList<>();
		lines.add("截至" + ChineseDate.format(d.asOf()) + "：" + d.status().label() + "（" + d.statusReason() + "）");
		if (d.textNote() != null) {
			lines.add(d.textNote());
		}
		else if (d.versionNo() != null) {
			lines.add("本文本为该日适用的文本" + ((d.versionLabel() != null && !d.versionLabel().isBlank())
					? "（" + d.versionLabel() + "）" : "（第" + d.versionNo() + "版）") + "。");
		}
		lines.add("规范登记库于" + ChineseDate.format(today) + "生成，以登记库记载为准；原件可在文件页面 /documents/" + d.id() + " 下载。");
		return lines;
	}

	static String fileName(ExportedDocument d, ExportFormat format) {
		String title = d.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		if (title.length() > 80) {
			title = title.substring(0, 80);
		}
		return title + "（" + d.asOf() + "）." + format.extension();
	}

	/**
	 * A generated file.
	 *
	 * @param fileName the name to download it under
	 * @param format its format
	 * @param content its bytes
	 */
	public record Exported(String fileName, ExportFormat format, byte[] content) {
	}

}
