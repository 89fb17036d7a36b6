package cn.guifan.registry.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import cn.guifan.ingest.job.IngestProperties;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.source.ArchiveExpander;
import cn.guifan.ingest.source.ExtractionResult;
import cn.guifan.ingest.source.SourceExtractor;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.document.DocumentMetadata;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登记 in the pages: upload a file, see what was read from it and where, correct it, save
 * it. Saving runs the file through the same ingest as {@code guifan ingest}
 * (de-duplication, lifecycle, the index queue), applies the registrar's corrections
 * (audited), and assigns the 统一登记号; the document is searchable as soon as the page
 * returns.
 */
@Controller
class RegistrationPageController {

	private static final List<String> FIELDS = List.of("title", "docNumber", "issuers", "signedDate", "publishedDate",
			"effectiveDate", "expiryDate", "disclosure");

	private final Path staging;

	private final IngestService ingest;

	private final Documents documents;

	private final DocumentEditor editor;

	private final RegistrationNumbers numbers;

	private final AuditLog audit;

	RegistrationPageController(GuifanProperties properties, IngestService ingest, Documents documents,
			DocumentEditor editor, RegistrationNumbers numbers, AuditLog audit) {
		this.staging = properties.dataDir().resolve("registrations");
		this.ingest = ingest;
		this.documents = documents;
		this.editor = editor;
		this.numbers = numbers;
		this.audit = audit;
	}

	@GetMapping("/registrar/registrations/new")
	String upload() {
		return "registrar/upload";
	}

	/** Reads an uploaded file and shows what was read, for the registrar to check. */
	@PostMapping("/registrar/registrations")
	String read(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "请选择要登记的文件（txt、docx、pdf、ofd、html 等）");
			return "redirect:/registrar/registrations/new";
		}
		String token = UUID.randomUUID().toString();
		Path folder = this.staging.resolve(token);
		String name = safeName(file.getOriginalFilename());
		try {
			Files.createDirectories(folder);
			file.transferTo(folder.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot stage the uploaded file", ex);
		}
		Read read = extract(folder.resolve(name));
		if (read.error() != null) {
			redirect.addFlashAttribute("error", "无法读取“" + name + "”：" + read.error());
			return "redirect:/registrar/registrations/new";
		}
		DocumentMetadata m = Objects.requireNonNull(read.metadata());
		model.addAttribute("token", token);
		model.addAttribute("fileName", name);
		model.addAttribute("fields", fields(m, read.text()));
		model.addAttribute("kindLabel", m.kind().label());
		model.addAttribute("kindReason", m.kindReason());
		return "registrar/registration";
	}

	/** Saves a checked file: ingest, corrections, 统一登记号. */
	@PostMapping("/registrar/registrations/{token}")
	String save(@PathVariable String token, @RequestParam Map<String, String> form, RedirectAttributes redirect)
			throws Exception {
		if (!token.matches("[0-9a-f-]{36}") || !Files.isDirectory(this.staging.resolve(token))) {
			redirect.addFlashAttribute("error", "找不到待登记的文件，请重新上传");
			return "redirect:/registrar/registrations/new";
		}
		Path folder = this.staging.resolve(token);
		Path file;
		try (var files = Files.list(folder)) {
			file = files.findFirst().orElseThrow();
		}
		Read read = extract(file);
		DocumentMetadata m = Objects.requireNonNull(read.metadata(), "read before");
		DocumentEditor.Correction correction;
		try {
			correction = correction(m, form);
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/registrar/registrations/new";
		}
		String sha = TextExtractor.sha256(file, file.getFileName().toString());
		IngestReport report = this.ingest.ingest(folder, Duration.ofSeconds(30));
		long id = this.documents.idOfSource(sha)
			.orElseThrow(() -> new InvalidRequestException("file",
					"文件未能入库：" + (report.issues().isEmpty() ? "未知原因" : report.issues().get(0).message())));
		if (correction != null) {
			this.editor.correct(id, correction, CurrentUser.name());
		}
		String number = this.numbers.assign(id, CurrentUser.name());
		this.editor.assignRegistrationNumber(id, number);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("file", file.getFileName().toString());
		detail.put("registrationNumber", number);
		this.audit.record(CurrentUser.name(), "REGISTER_DOCUMENT", id, detail, "登记：" + number);
		deleteQuietly(folder);
		redirect.addFlashAttribute("message", "已登记，统一登记号 " + number + "；文件已可检索");
		return "redirect:/registrar/documents/" + id;
	}

	/**
	 * A field as the registrar checks it: its value read from the file and where in the
	 * text it was found.
	 *
	 * @param name the form field
	 * @param label its Chinese name
	 * @param value what was read
	 * @param source where it was read from, in words
	 * @param type the input type
	 */
	record Field(String name, String label, String value, String source, String type) {
	}

	private static List<Field> fields(DocumentMetadata m, String text) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("title", "标题", m.title(), lineOf(text, m.title(), "标题（版头之后的标题行）"), "text"));
		String number = (m.docNumber() != null) ? m.docNumber().printed() : "";
		fields.add(new Field("docNumber", "发文字号", number, number.isEmpty() ? "未读出发文字号" : lineOf(text, number, "版头"),
				"text"));
		String issuers = String.join("、", m.issuers());
		fields.add(new Field("issuers", "发文机关", issuers,
				m.issuers().isEmpty() ? "未读出发文机关" : lineOf(text, m.issuers().get(0), "发文机关标志或落款"), "text"));
		fields.add(new Field("signedDate", "成文日期", str(m.signedDate()), (m.signedDate() != null) ? "落款的成文日期" : "未读出",
				"date"));
		fields.add(new Field("publishedDate", "发布日期", str(m.publishedDate()),
				(m.publishedDate() != null) ? "网页或“发布时间”行" : "未读出（可不填）", "date"));
		fields.add(new Field("effectiveDate", "施行日期", str(m.effectiveDate()),
				(m.commencement() != null) ? "施行条款：" + m.commencement().text() : "未读出施行条款", "date"));
		fields.add(new Field("expiryDate", "有效期至", str(m.expiryDate()),
				(m.validity() != null) ? "有效期条款：" + m.validity().text() : "未读出有效期", "date"));
		fields.add(new Field("disclosure", "公开属性", (m.disclosure() != null) ? m.disclosure().label() : "",
				(m.disclosure() != null) ? lineOf(text, "此件", "附注") : "未读出附注", "text"));
		return fields;
	}

	private static DocumentEditor.@Nullable Correction correction(DocumentMetadata m, Map<String, String> form) {
		Map<String, String> read = new LinkedHashMap<>();
		fields(m, "").forEach((f) -> read.put(f.name(), f.value()));
		Map<String, String> changed = new LinkedHashMap<>();
		for (String name : FIELDS) {
			String typed = form.getOrDefault(name, "").strip();
			if (!typed.isEmpty() && !typed.equals(read.get(name))) {
				changed.put(name, typed);
			}
		}
		if (changed.isEmpty()) {
			return null;
		}
		List<String> issuers = changed.containsKey("issuers") ? Arrays.stream(changed.get("issuers").split("[、,，]"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList() : null;
		return new DocumentEditor.Correction(changed.get("title"), changed.get("docNumber"), issuers,
				date("signedDate", "成文日期", changed.get("signedDate")),
				date("publishedDate", "发布日期", changed.get("publishedDate")),
				date("effectiveDate", "施行日期", changed.get("effectiveDate")),
				date("expiryDate", "有效期至", changed.get("expiryDate")), null, changed.get("disclosure"), null,
				"登记时按原件更正：" + String.join("、", changed.keySet()));
	}

	private record Read(@Nullable DocumentMetadata metadata, String text, @Nullable String error) {
	}

	private static Read extract(Path file) {
		SourceExtractor extractor = new SourceExtractor(new TextExtractor(),
				new ArchiveExpander(ReadLimits.DEFAULT, IngestProperties.DEFAULT.workDirectory()));
		List<Read> reads = new ArrayList<>();
		extractor.extract(file, (result) -> {
			if (result instanceof ExtractionResult.Read r) {
				reads.add(new Read(MetadataExtractor.standard().extract(r.text().text(), r.name()), r.text().text(),
						null));
			}
			else if (result instanceof ExtractionResult.Refused refused) {
				reads.add(new Read(null, "", refused.reason().getMessage()));
			}
		});
		return reads.isEmpty() ? new Read(null, "", "文件中没有可读取的文字") : reads.get(0);
	}

	private static String lineOf(String text, String value, String fallback) {
		for (String line : text.split("\\R")) {
			if (!value.isEmpty() && line.contains(value)) {
				String l = line.strip();
				return "原文：“" + ((l.length() > 60) ? l.substring(0, 60) + "…" : l) + "”";
			}
		}
		return fallback;
	}

	private static @Nullable LocalDate date(String field, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, name + "“" + value + "”不是有效的日期，应为 YYYY-MM-DD 格式");
		}
	}

	private static String str(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	private static String safeName(@Nullable String original) {
		String name = (original == null || original.isBlank()) ? "upload.txt"
				: Path.of(original).getFileName().toString();
		name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return name.startsWith(".") ? "_" + name : name;
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// A staged copy left behind costs disk only; the next start may clean it.
		}
	}

}
