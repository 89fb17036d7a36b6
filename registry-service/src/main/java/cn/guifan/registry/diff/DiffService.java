package cn.guifan.registry.diff;

import java.util.List;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.catalog.DocumentDetail;
import cn.guifan.registry.catalog.DocumentDetails;
import org.springframework.stereotype.Service;

/** Compares two versions of a document. */
@Service
public class DiffService {

	private final DocumentDetails documents;

	public DiffService(DocumentDetails documents) {
		this.documents = documents;
	}

	public VersionDiff diff(String idText, int from, int to, boolean includeRestricted) {
		DocumentDetail document = this.documents.find(idText, includeRestricted);
		if (from == to) {
			throw new InvalidRequestException("to", "请选择两个不同的版本");
		}
		DocumentDetail.Version older = version(document, Math.min(from, to));
		DocumentDetail.Version newer = version(document, Math.max(from, to));
		List<Article> oldArticles = Article.split(plain(this.documents.versionText(document.id(), older.versionNo())));
		List<Article> newArticles = Article.split(plain(this.documents.versionText(document.id(), newer.versionNo())));
		List<VersionDiff.Row> rows = ArticleAligner.align(oldArticles, newArticles);
		return new VersionDiff(document.id(), document.title(),
				new VersionDiff.Side(older.versionNo(), older.validFrom(), older.label()),
				new VersionDiff.Side(newer.versionNo(), newer.validFrom(), newer.label()), ArticleAligner.summary(rows),
				rows);
	}

	private static DocumentDetail.Version version(DocumentDetail document, int versionNo) {
		return document.versions()
			.stream()
			.filter((v) -> v.versionNo() == versionNo)
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException(
					document.id() + " 的第 " + versionNo + " 版（该文件共 " + document.versions().size() + " 个版本）"));
	}

	/**
	 * The text as a person reads it: the corpus laws' Markdown marks (# headings, HTML
	 * comments, --- rules) are not compared as text.
	 */
	static String plain(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (String line : text.replaceAll("(?s)<!--.*?-->", "").split("\\R", -1)) {
			String l = line.strip();
			if (l.matches("(?:-{3,}|\\*{3,}|_{3,})")) {
				continue;
			}
			out.append(l.startsWith("#") ? l.replaceFirst("^#+\\s*", "") : line).append('\n');
		}
		return out.toString();
	}

}
