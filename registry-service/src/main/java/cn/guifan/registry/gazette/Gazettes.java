package cn.guifan.registry.gazette;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where documents were published in the gazette (政府公报), recorded by registrars, and the
 * gazette's issues with their documents. The gazette text is the standard text (标准文本)
 * unless the registrar says otherwise.
 */
@Component
public class Gazettes {

	private final GazetteStore store;

	private final Documents documents;

	private final AuditLog audit;

	private final Clock clock;

	Gazettes(GazetteStore store, Documents documents, AuditLog audit, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Where a document was published in the gazette.
	 *
	 * @param documentId the document
	 * @param gazette the gazette's name (e.g. 青禾县人民政府公报)
	 * @param year its year
	 * @param issue the issue of that year (第N期)
	 * @param overallNumber the overall number (总第N期)
	 * @param publishedOn the day the issue appeared
	 * @param firstPage the first page
	 * @param lastPage the last page
	 * @param sourceSha256 the document's original file that is the gazette text, if held
	 * @param standardText whether the gazette text is the standard text (default yes)
	 * @param reason why it is recorded
	 */
	public record Record(@Nullable Long documentId, @Nullable String gazette, @Nullable Integer year,
			@Nullable Integer issue, @Nullable Integer overallNumber, @Nullable LocalDate publishedOn,
			@Nullable Integer firstPage, @Nullable Integer lastPage, @Nullable String sourceSha256,
			@Nullable Boolean standardText, @Nullable String reason) {
	}

	/**
	 * A publication in the gazette.
	 *
	 * @param documentId the document
	 * @param gazette the gazette
	 * @param year the year
	 * @param issue the issue of the year
	 * @param overallNumber the overall number
	 * @param publishedOn when the issue appeared
	 * @param firstPage first page
	 * @param lastPage last page
	 * @param sourceSha256 the original file that is the gazette text
	 * @param standardText whether the gazette text is the standard text
	 * @param recordedBy who recorded it
	 */
	public record Publication(long documentId, String gazette, int year, int issue, @Nullable Integer overallNumber,
			@Nullable LocalDate publishedOn, @Nullable Integer firstPage, @Nullable Integer lastPage,
			@Nullable String sourceSha256, boolean standardText, String recordedBy) {

		/** 青禾县人民政府公报2023年第3期（总第45期）第12—18页. */
		public String citation() {
			return "《" + this.gazette + "》" + this.year + "年第" + this.issue + "期"
					+ ((this.overallNumber != null) ? "（总第" + this.overallNumber + "期）" : "")
					+ ((this.firstPage != null)
							? "第" + this.firstPage + ((this.lastPage != null && !this.lastPage.equals(this.firstPage))
									? "—" + this.lastPage : "") + "页"
							: "");
		}

	}

	/**
	 * An issue of a gazette and its documents.
	 *
	 * @param gazette the gazette
	 * @param year the year
	 * @param issue the issue of the year
	 * @param overallNumber the overall number
	 * @param publishedOn when it appeared
	 * @param documents its documents (those the asker may see), in page order
	 */
	public record Issue(String gazette, int year, int issue, @Nullable Integer overallNumber,
			@Nullable LocalDate publishedOn, List<Article> documents) {
	}

	/**
	 * A document in an issue.
	 *
	 * @param publication where it stands
	 * @param title its title
	 * @param docNumber its 发文字号
	 */
	public record Article(Publication publication, String title, @Nullable String docNumber) {
	}

	@Transactional
	public Publication record(Record r, String actor) {
		if (r.documentId() == null) {
			throw new InvalidRequestException("documentId", "请填写文件的登记编号");
		}
		if (!this.documents.exists(r.documentId())) {
			throw new DocumentNotFoundException(Long.toString(r.documentId()));
		}
		if (r.gazette() == null || r.gazette().isBlank()) {
			throw new InvalidRequestException("gazette", "请填写公报名称，例如“青禾县人民政府公报”");
		}
		if (r.year() == null || r.year() < 1949 || r.year() > 2100) {
			throw new InvalidRequestException("year", "请填写公报的年份（四位数）");
		}
		if (r.issue() == null || r.issue() < 1 || r.issue() > 400) {
			throw new InvalidRequestException("issue", "请填写期号（当年第几期，1 到 400）");
		}
		if (r.firstPage() != null && (r.firstPage() < 1 || (r.lastPage() != null && r.lastPage() < r.firstPage()))) {
			throw new InvalidRequestException("lastPage", "页码有误：起始页应不小于 1，结束页不小于起始页");
		}
		if (r.sourceSha256() != null && this.documents.sources(r.documentId())
			.stream()
			.noneMatch((s) -> s.sha256().equals(r.sourceSha256()))) {
			throw new InvalidRequestException("sourceSha256", "该文件没有这个原文件：" + r.sourceSha256());
		}
		if (r.reason() == null || r.reason().isBlank()) {
			throw new InvalidRequestException("reason", "请说明理由或依据");
		}
		String gazette = r.gazette().strip();
		long issue = this.store.issue(gazette, r.year(), r.issue(), r.overallNumber(), r.publishedOn(),
				this.clock.instant());
		boolean standard = (r.standardText() == null) || r.standardText();
		this.store.article(issue, r.documentId(), r.firstPage(), r.lastPage(), r.sourceSha256(), standard, actor,
				this.clock.instant());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("gazette", gazette);
		detail.put("year", r.year());
		detail.put("issue", r.issue());
		detail.put("overallNumber", r.overallNumber());
		detail.put("pages", r.firstPage() + "-" + r.lastPage());
		detail.put("standardText", standard);
		this.audit.record(actor, "RECORD_GAZETTE", r.documentId(), detail, r.reason().strip());
		return this.store.ofDocument(r.documentId())
			.stream()
			.filter((p) -> p.gazette().equals(gazette) && p.year() == r.year() && p.issue() == r.issue())
			.findFirst()
			.orElseThrow();
	}

	/** Where a document was published in the gazette, oldest first. */
	public List<Publication> ofDocument(long documentId) {
		return this.store.ofDocument(documentId);
	}

	/** The issues that hold documents the asker may see, newest first. */
	public List<Issue> issues(boolean includeRestricted) {
		return group(this.store.all(), includeRestricted);
	}

	/** One issue with its documents. */
	public Issue issue(String gazette, int year, int issue, boolean includeRestricted) {
		return group(this.store.inIssue(gazette, year, issue), includeRestricted).stream()
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException("公报《" + gazette + "》" + year + "年第" + issue + "期"));
	}

	private List<Issue> group(List<Publication> publications, boolean includeRestricted) {
		Set<Long> ids = new LinkedHashSet<>();
		publications.forEach((p) -> ids.add(p.documentId()));
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		Map<String, List<Publication>> byIssue = new LinkedHashMap<>();
		for (Publication p : publications) {
			DocumentSummary s = summaries.get(p.documentId());
			if (s != null && (includeRestricted || s.isPublic())) {
				byIssue
					.computeIfAbsent(p.gazette() + "\u0000" + p.year() + "\u0000" + p.issue(), (k) -> new ArrayList<>())
					.add(p);
			}
		}
		List<Issue> issues = new ArrayList<>();
		byIssue.values().forEach((list) -> {
			Publication first = list.get(0);
			List<Article> articles = new ArrayList<>();
			for (Publication p : list) {
				DocumentSummary s = summaries.get(p.documentId());
				if (s != null) {
					articles.add(new Article(p, s.title(), s.docNumber()));
				}
			}
			issues.add(new Issue(first.gazette(), first.year(), first.issue(), first.overallNumber(),
					first.publishedOn(), articles));
		});
		return issues;
	}

}
