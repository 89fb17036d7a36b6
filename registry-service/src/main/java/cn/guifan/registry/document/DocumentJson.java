package cn.guifan.registry.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
		ObjectNode o = MAPPER.createObjectNode();
		o.put("title", m.title());
		o.put("docNumber", (m.docNumber() != null) ? m.docNumber().printed() : null);
		o.put("docNumberNormalized", (m.docNumber() != null) ? m.docNumber().normalized() : null);
		o.put("registrationNumber", m.registrationNumber());
		strings(o.putArray("issuers"), m.issuers());
		strings(o.putArray("addressees"), m.addressees());
		o.put("signedDate", date(m.signedDate()));
		o.put("publishedDate", date(m.publishedDate()));
		o.put("effectiveDate", date(m.effectiveDate()));
		o.put("effectiveRule", (m.commencement() != null) ? m.commencement().rule().name() : null);
		o.put("effectiveText", (m.commencement() != null) ? m.commencement().text() : null);
		if (m.validity() != null) {
			ObjectNode v = o.putObject("validity");
			v.put("years", m.validity().years());
			v.put("months", m.validity().months());
			v.put("until", date(m.validity().until()));
			v.put("text", m.validity().text());
		}
		else {
			o.putNull("validity");
		}
		o.put("expiryDate", date(m.expiryDate()));
		o.put("trial", m.trial());
		o.put("disclosure", (m.disclosure() != null) ? m.disclosure().label() : null);
		o.put("kind", m.kind().name());
		o.put("kindLabel", m.kind().label());
		o.put("kindReason", m.kindReason());
		ArrayNode history = o.putArray("history");
		for (HistoryEvent e : m.history()) {
			ObjectNode h = history.addObject();
			h.put("type", e.type().name());
			h.put("date", date(e.date()));
			h.put("organ", e.organ());
			h.put("decision", e.decision());
			h.put("ordinal", e.ordinal());
			h.put("text", e.text());
		}
		ArrayNode repeals = o.putArray("repeals");
		for (RepealClause r : m.repeals()) {
			ObjectNode n = repeals.addObject();
			n.put("title", r.title());
			number(n, r.docNumber());
			n.put("text", r.text());
			span(n, r.span());
		}
		ArrayNode citations = o.putArray("citations");
		for (Citation c : m.citations()) {
			ObjectNode n = citations.addObject();
			n.put("title", c.title());
			number(n, c.docNumber());
			strings(n.putArray("innerTitles"), c.innerTitles());
			span(n, c.span());
		}
		provisions(o.putArray("structure"), m.structure());
		if (m.issuedLine() != null) {
			ObjectNode i = o.putObject("issuedLine");
			i.put("organ", m.issuedLine().organ());
			i.put("date", date(m.issuedLine().date()));
			i.put("text", m.issuedLine().text());
		}
		else {
			o.putNull("issuedLine");
		}
		strings(o.putArray("attachments"), m.attachments());
		o.put("indexNumber", m.indexNumber());
		o.put("topic", m.topic());
		ObjectNode provenance = o.putObject("provenance");
		m.provenance().forEach((field, p) -> {
			ObjectNode n = provenance.putObject(field.jsonName());
			n.put("source", p.source().name());
			n.put("sourceLabel", p.source().label());
			if (p.confidence() != null) {
				n.put("confidence", p.confidence());
			}
			if (p.note() != null) {
				n.put("note", p.note());
			}
		});
		ArrayNode site = o.putArray("siteFields");
		for (SiteField f : m.siteFields()) {
			site.addObject().put("label", f.label()).put("value", f.value());
		}
		ArrayNode disagreements = o.putArray("disagreements");
		for (Disagreement d : m.disagreements()) {
			disagreements.addObject()
				.put("field", d.field().jsonName())
				.put("fieldLabel", d.field().label())
				.put("body", d.body())
				.put("site", d.site());
		}
		if (!m.extractionErrors().isEmpty()) {
			ArrayNode errors = o.putArray("errors");
			for (ExtractionError e : m.extractionErrors()) {
				ObjectNode n = errors.addObject();
				n.put("code", STAGE_FAILED);
				n.put("stage", e.stage());
				n.put("message", e.message());
			}
		}
		if (source != null) {
			ObjectNode s = o.putObject("source");
			s.put("sha256", source.sha256());
			s.put("fileName", source.fileName());
			s.put("mediaType", source.mediaType());
			s.put("size", source.size());
		}
		return o;
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

	private static void provisions(ArrayNode array, List<Provision> provisions) {
		for (Provision p : provisions) {
			ObjectNode n = array.addObject();
			n.put("level", p.level().name());
			n.put("label", p.label());
			n.put("number", p.number());
			n.put("heading", p.heading());
			span(n, p.span());
			provisions(n.putArray("children"), p.children());
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

	private static void number(ObjectNode node, @Nullable DocNumber number) {
		node.put("docNumber", (number != null) ? number.printed() : null);
		node.put("docNumberNormalized", (number != null) ? number.normalized() : null);
	}

	private static @Nullable DocNumber number(JsonNode node) {
		String printed = text(node, "docNumber");
		return (printed != null) ? DocNumbers.parseLenient(printed).orElse(null) : null;
	}

	private static void span(ObjectNode node, TextSpan span) {
		node.put("start", span.start());
		node.put("end", span.end());
	}

	private static TextSpan span(JsonNode node) {
		return new TextSpan(node.path("start").asInt(), node.path("end").asInt());
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach(array::add);
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
