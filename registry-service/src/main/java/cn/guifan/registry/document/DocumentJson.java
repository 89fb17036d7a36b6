package cn.guifan.registry.document;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.Commencement;
import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.ExtractionError;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.IssuedLine;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.document.Provision;
import cn.guifan.schemas.document.RepealClause;
import cn.guifan.schemas.document.SiteField;
import cn.guifan.schemas.document.SourceFile;
import cn.guifan.schemas.document.TextSpan;
import cn.guifan.schemas.document.Validity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document record as JSON, in the shape of {@code document.schema.json}: what
 * {@code guifan extract} prints and what the registry keeps of a document's metadata.
 * Reads back what it writes.
 */
public final class DocumentJson {

	/**
	 * The code of an {@code errors} entry for a step of metadata extraction that failed
	 * on a file that was read (an unreadable file's entries carry its read error code).
	 */
	public static final String STAGE_FAILED = "STAGE_FAILED";

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private DocumentJson() {
	}

	public static ObjectMapper mapper() {
		return MAPPER;
	}

	/**
	 * The metadata (and, when given, the source) as a JSON object; {@code file} is left
	 * to the caller.
	 */
	public static ObjectNode toJson(DocumentMetadata m, @Nullable SourceFile source) {
		return (ObjectNode) MAPPER.readTree(write(m, source, true));
	}

	/**
	 * The record the registry stores with every document it takes in: the JSON of
	 * {@link #toJson} without the {@code structure}, written straight out (no tree is
	 * built for it: building and printing one was a sixth of the storing thread's time).
	 * <p>
	 * The structure is left out because it is most of a record (an entry per article,
	 * paragraph and item: 80 % of a law's record, two thirds as many characters as its
	 * text) and says nothing the stored text does not: {@link #structure} rebuilds it
	 * from the text where it is handed out, the same as extraction made it. Records
	 * stored before it was left out still carry it; reading them ignores it.
	 */
	public static String toJsonString(DocumentMetadata m, @Nullable SourceFile source) {
		return write(m, source, false);
	}

	/**
	 * A text's structure (编/章/节/条/款/项 with their spans in the text), as {@link #toJson}
	 * writes it: what extraction finds in that text.
	 */
	public static ArrayNode structure(String text) {
		StringWriter out = new StringWriter(1024);
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			g.writeStartArray();
			provisions(g, MetadataExtractor.structure(text));
			g.writeEndArray();
		}
		return (ArrayNode) MAPPER.readTree(out.toString());
	}

	private static String write(DocumentMetadata m, @Nullable SourceFile source, boolean withStructure) {
		StringWriter out = new StringWriter(2048);
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			write(g, m, source, withStructure);
		}
		return out.toString();
	}

	private static void write(JsonGenerator g, DocumentMetadata m, @Nullable SourceFile source, boolean withStructure) {
		g.writeStartObject();
		string(g, "title", m.title());
		string(g, "docNumber", (m.docNumber() != null) ? m.docNumber().printed() : null);
		string(g, "docNumberNormalized", (m.docNumber() != null) ? m.docNumber().normalized() : null);
		string(g, "registrationNumber", m.registrationNumber());
		strings(g, "issuers", m.issuers());
		strings(g, "addressees", m.addressees());
		string(g, "signedDate", date(m.signedDate()));
		string(g, "publishedDate", date(m.publishedDate()));
		string(g, "effectiveDate", date(m.effectiveDate()));
		string(g, "effectiveRule", (m.commencement() != null) ? m.commencement().rule().name() : null);
		string(g, "effectiveText", (m.commencement() != null) ? m.commencement().text() : null);
		if (m.validity() != null) {
			g.writeObjectPropertyStart("validity");
			integer(g, "years", m.validity().years());
			integer(g, "months", m.validity().months());
			string(g, "until", date(m.validity().until()));
			string(g, "text", m.validity().text());
			g.writeEndObject();
		}
		else {
			g.writeNullProperty("validity");
		}
		string(g, "expiryDate", date(m.expiryDate()));
		g.writeBooleanProperty("trial", m.trial());
		string(g, "disclosure", (m.disclosure() != null) ? m.disclosure().label() : null);
		string(g, "kind", m.kind().name());
		string(g, "kindLabel", m.kind().label());
		string(g, "kindReason", m.kindReason());
		g.writeArrayPropertyStart("history");
		for (HistoryEvent e : m.history()) {
			g.writeStartObject();
			string(g, "type", e.type().name());
			string(g, "date", date(e.date()));
			string(g, "organ", e.organ());
			string(g, "decision", e.decision());
			integer(g, "ordinal", e.ordinal());
			string(g, "text", e.text());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("repeals");
		for (RepealClause r : m.repeals()) {
			g.writeStartObject();
			string(g, "title", r.title());
			number(g, r.docNumber());
			string(g, "text", r.text());
			span(g, r.span());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("citations");
		for (Citation c : m.citations()) {
			g.writeStartObject();
			string(g, "title", c.title());
			number(g, c.docNumber());
			strings(g, "innerTitles", c.innerTitles());
			span(g, c.span());
			g.writeEndObject();
		}
		g.writeEndArray();
		if (withStructure) {
			g.writeArrayPropertyStart("structure");
			provisions(g, m.structure());
			g.writeEndArray();
		}
		if (m.issuedLine() != null) {
			g.writeObjectPropertyStart("issuedLine");
			string(g, "organ", m.issuedLine().organ());
			string(g, "date", date(m.issuedLine().date()));
			string(g, "text", m.issuedLine().text());
			g.writeEndObject();
		}
		else {
			g.writeNullProperty("issuedLine");
		}
		strings(g, "attachments", m.attachments());
		string(g, "indexNumber", m.indexNumber());
		string(g, "topic", m.topic());
		g.writeObjectPropertyStart("provenance");
		m.provenance().forEach((field, p) -> {
			g.writeObjectPropertyStart(field.jsonName());
			string(g, "source", p.source().name());
			string(g, "sourceLabel", p.source().label());
			if (p.confidence() != null) {
				g.writeNumberProperty("confidence", p.confidence().doubleValue());
			}
			if (p.note() != null) {
				string(g, "note", p.note());
			}
			g.writeEndObject();
		});
		g.writeEndObject();
		g.writeArrayPropertyStart("siteFields");
		for (SiteField f : m.siteFields()) {
			g.writeStartObject();
			string(g, "label", f.label());
			string(g, "value", f.value());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("disagreements");
		for (Disagreement d : m.disagreements()) {
			g.writeStartObject();
			string(g, "field", d.field().jsonName());
			string(g, "fieldLabel", d.field().label());
			string(g, "body", d.body());
			string(g, "site", d.site());
			g.writeEndObject();
		}
		g.writeEndArray();
		if (!m.extractionErrors().isEmpty()) {
			g.writeArrayPropertyStart("errors");
			for (ExtractionError e : m.extractionErrors()) {
				g.writeStartObject();
				string(g, "code", STAGE_FAILED);
				string(g, "stage", e.stage());
				string(g, "message", e.message());
				g.writeEndObject();
			}
			g.writeEndArray();
		}
		if (source != null) {
			g.writeObjectPropertyStart("source");
			string(g, "sha256", source.sha256());
			string(g, "fileName", source.fileName());
			string(g, "mediaType", source.mediaType());
			g.writeNumberProperty("size", source.size());
			g.writeEndObject();
		}
		g.writeEndObject();
	}

	/** Reads metadata written by {@link #toJson}. */
	public static DocumentMetadata fromJson(JsonNode o) {
		DocumentMetadata.Builder b = DocumentMetadata.builder(o.path("title").asString(""));
		String printed = text(o, "docNumber");
		if (printed != null) {
			b.docNumber(DocNumbers.parseLenient(printed).orElse(null));
		}
		b.registrationNumber(text(o, "registrationNumber"));
		b.issuers(stringList(o.path("issuers")));
		b.addressees(stringList(o.path("addressees")));
		b.signedDate(date(o, "signedDate"));
		b.publishedDate(date(o, "publishedDate"));
		b.effectiveDate(date(o, "effectiveDate"));
		String rule = text(o, "effectiveRule");
		if (rule != null) {
			b.commencement(new Commencement(Commencement.Rule.valueOf(rule), date(o, "effectiveDate"),
					o.path("effectiveText").asString("")));
		}
		JsonNode v = o.path("validity");
		if (v.isObject()) {
			b.validity(new Validity(integer(v, "years"), integer(v, "months"), date(v, "until"),
					v.path("text").asString("")));
		}
		b.expiryDate(date(o, "expiryDate"));
		b.trial(o.path("trial").asBoolean(false));
		String disclosure = text(o, "disclosure");
		if (disclosure != null) {
			for (Disclosure d : Disclosure.values()) {
				if (d.label().equals(disclosure)) {
					b.disclosure(d);
				}
			}
		}
		b.kind(DocumentKind.valueOf(o.path("kind").asString("OTHER")), o.path("kindReason").asString(""));
		List<HistoryEvent> history = new ArrayList<>();
		for (JsonNode h : o.path("history")) {
			history.add(new HistoryEvent(HistoryEvent.Type.valueOf(h.path("type").asString()),
					LocalDate.parse(h.path("date").asString()), text(h, "organ"), text(h, "decision"),
					integer(h, "ordinal"), h.path("text").asString("")));
		}
		b.history(history);
		List<RepealClause> repeals = new ArrayList<>();
		for (JsonNode r : o.path("repeals")) {
			repeals.add(new RepealClause(text(r, "title"), number(r), r.path("text").asString(""), span(r)));
		}
		b.repeals(repeals);
		List<Citation> citations = new ArrayList<>();
		for (JsonNode c : o.path("citations")) {
			citations
				.add(new Citation(c.path("title").asString(""), number(c), span(c), stringList(c.path("innerTitles"))));
		}
		b.citations(citations);
		b.structure(provisions(o.path("structure")));
		JsonNode issued = o.path("issuedLine");
		if (issued.isObject()) {
			b.issuedLine(new IssuedLine(issued.path("organ").asString(""), date(issued, "date"),
					issued.path("text").asString("")));
		}
		b.attachments(stringList(o.path("attachments")));
		b.indexNumber(text(o, "indexNumber"));
		b.topic(text(o, "topic"));
		for (Map.Entry<String, JsonNode> e : o.path("provenance").properties()) {
			MetadataField field = MetadataField.fromJsonName(e.getKey()).orElse(null);
			if (field != null) {
				JsonNode p = e.getValue();
				JsonNode confidence = p.get("confidence");
				b.provenance(field, new FieldProvenance(FieldSource.valueOf(p.path("source").asString()),
						(confidence == null || confidence.isNull()) ? null : confidence.asDouble(), text(p, "note")));
			}
		}
		List<SiteField> site = new ArrayList<>();
		for (JsonNode f : o.path("siteFields")) {
			site.add(new SiteField(f.path("label").asString(""), f.path("value").asString("")));
		}
		b.siteFields(site);
		List<Disagreement> disagreements = new ArrayList<>();
		for (JsonNode d : o.path("disagreements")) {
			MetadataField.fromJsonName(d.path("field").asString(""))
				.ifPresent((field) -> disagreements
					.add(new Disagreement(field, d.path("body").asString(""), d.path("site").asString(""))));
		}
		b.disagreements(disagreements);
		List<ExtractionError> errors = new ArrayList<>();
		for (JsonNode e : o.path("errors")) {
			String stage = text(e, "stage");
			if (stage != null) {
				errors.add(new ExtractionError(stage, e.path("message").asString("")));
			}
		}
		b.extractionErrors(errors);
		return b.build();
	}

	/**
	 * The body's provisions, each without a heading it does not have and without the
	 * children a leaf does not have (both optional in the schema, and read back as null
	 * and none): the structure is long (an article, paragraph or item per entry).
	 */
	private static void provisions(JsonGenerator g, List<Provision> provisions) {
		for (Provision p : provisions) {
			g.writeStartObject();
			string(g, "level", p.level().name());
			string(g, "label", p.label());
			g.writeNumberProperty("number", p.number());
			if (p.heading() != null) {
				g.writeStringProperty("heading", p.heading());
			}
			span(g, p.span());
			if (!p.children().isEmpty()) {
				g.writeArrayPropertyStart("children");
				provisions(g, p.children());
				g.writeEndArray();
			}
			g.writeEndObject();
		}
	}

	private static List<Provision> provisions(JsonNode array) {
		List<Provision> list = new ArrayList<>();
		for (JsonNode n : array) {
			list.add(new Provision(Provision.Level.valueOf(n.path("level").asString()), n.path("label").asString(""),
					n.path("number").asInt(), text(n, "heading"), span(n), provisions(n.path("children"))));
		}
		return list;
	}

	private static void number(JsonGenerator g, @Nullable DocNumber number) {
		string(g, "docNumber", (number != null) ? number.printed() : null);
		string(g, "docNumberNormalized", (number != null) ? number.normalized() : null);
	}

	private static @Nullable DocNumber number(JsonNode node) {
		String printed = text(node, "docNumber");
		return (printed != null) ? DocNumbers.parseLenient(printed).orElse(null) : null;
	}

	private static void span(JsonGenerator g, TextSpan span) {
		g.writeNumberProperty("start", span.start());
		g.writeNumberProperty("end", span.end());
	}

	private static TextSpan span(JsonNode node) {
		return new TextSpan(node.path("start").asInt(), node.path("end").asInt());
	}

	private static void strings(JsonGenerator g, String name, List<String> values) {
		g.writeArrayPropertyStart(name);
		for (String value : values) {
			g.writeString(value);
		}
		g.writeEndArray();
	}

	private static void string(JsonGenerator g, String name, @Nullable String value) {
		if (value != null) {
			g.writeStringProperty(name, value);
		}
		else {
			g.writeNullProperty(name);
		}
	}

	private static void integer(JsonGenerator g, String name, @Nullable Integer value) {
		if (value != null) {
			g.writeNumberProperty(name, value.intValue());
		}
		else {
			g.writeNullProperty(name);
		}
	}

	private static List<String> stringList(JsonNode array) {
		List<String> list = new ArrayList<>();
		array.forEach((n) -> list.add(n.asString()));
		return list;
	}

	private static @Nullable String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static @Nullable LocalDate date(JsonNode node, String field) {
		String s = text(node, field);
		return (s != null) ? LocalDate.parse(s) : null;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return (v == null || v.isNull()) ? null : v.asString();
	}

	private static @Nullable Integer integer(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return (v == null || v.isNull()) ? null : v.asInt();
	}

}
