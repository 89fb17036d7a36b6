package cn.guifan.ingest.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.RepealClause;
import tools.jackson.databind.JsonNode;

/**
 * What the accuracy benchmark compares: the fields, their values as comparable strings,
 * and the labels of one document.
 */
final class Labels {

	private Labels() {
	}

	/** Where a labelled document comes from. */
	enum Source {

		CORPUS("corpus"), SAMPLES("samples"), SEEDS("seeds"),

		/**
		 * The samples and seeds written as .docx (a paragraph per line) and read back by
		 * Tika.
		 */
		AS_DOCX("samples+seeds as .docx"),

		/**
		 * The samples and seeds with their blank lines removed, as PDF text often comes.
		 */
		NO_BLANK_LINES("samples+seeds without blank lines");

		final String label;

		Source(String label) {
			this.label = label;
		}

	}

	/** A compared field and how to read it from extracted metadata. */
	enum Field {

		TITLE("title", DocumentMetadata::title),

		DOC_NUMBER("docNumber", (m) -> number(m.docNumber())),

		DOC_NUMBER_PRINTED("docNumber (as printed)", (m) -> (m.docNumber() != null) ? m.docNumber().printed() : null),

		REGISTRATION_NUMBER("registrationNumber", DocumentMetadata::registrationNumber),

		ISSUERS("issuers", (m) -> list(m.issuers())),

		ADDRESSEES("addressees", (m) -> list(m.addressees())),

		SIGNED_DATE("signedDate", (m) -> date(m.signedDate())),

		PUBLISHED_DATE("publishedDate", (m) -> date(m.publishedDate())),

		PUBLISHED_DATE_PRINTED("publishedDate (label printed in text)", (m) -> date(m.publishedDate())),

		EFFECTIVE_DATE("effectiveDate", (m) -> date(m.effectiveDate())),

		EFFECTIVE_DATE_PRINTED("effectiveDate (label printed in text)", (m) -> date(m.effectiveDate())),

		VALIDITY_YEARS("validityYears",
				(m) -> (m.validity() != null && m.validity().years() != null) ? String.valueOf(m.validity().years())
						: null),

		EXPIRY_DATE("expiryDate", (m) -> date(m.expiryDate())),

		TRIAL("trial", (m) -> String.valueOf(m.trial())),

		DISCLOSURE("disclosure", (m) -> (m.disclosure() != null) ? m.disclosure().label() : null),

		KIND("kind", (m) -> m.kind().name()),

		INDEX_NUMBER("indexNumber", DocumentMetadata::indexNumber),

		TOPIC("topic", DocumentMetadata::topic),

		ATTACHMENTS("attachments", (m) -> list(m.attachments())),

		REPEALS("repeals", (m) -> repeals(m.repeals())),

		CITATIONS("citations", (m) -> citations(m.citations()));

		final String label;

		private final Function<DocumentMetadata, String> reader;

		Field(String label, Function<DocumentMetadata, String> reader) {
			this.label = label;
			this.reader = reader;
		}

		String read(DocumentMetadata m) {
			return this.reader.apply(m);
		}

	}

	/** The labels of one document: only the fields it has labels for. */
	static final class Expected {

		final Source source;

		final String name;

		final Map<Field, String> values = new EnumMap<>(Field.class);

		Expected(Source source, String name) {
			this.source = source;
			this.name = name;
		}

		void put(Field field, String value) {
			this.values.put(field, value);
		}

		/** The same labels for a variant of the document. */
		Expected as(Source variant) {
			Expected copy = new Expected(variant, this.name);
			copy.values.putAll(this.values);
			return copy;
		}

	}

	/** Labels in the shape of qinghe-labels.jsonl (also the seeds' hand labels). */
	static Expected fromJson(Source source, JsonNode o) {
		Expected e = new Expected(source, o.path("file").asString());
		e.put(Field.TITLE, text(o, "title"));
		e.put(Field.DOC_NUMBER, text(o, "docNumberNormalized"));
		e.put(Field.DOC_NUMBER_PRINTED, text(o, "docNumber"));
		e.put(Field.REGISTRATION_NUMBER, text(o, "registrationNumber"));
		e.put(Field.ISSUERS, list(strings(o.path("issuers"))));
		e.put(Field.ADDRESSEES, list(strings(o.path("addressees"))));
		e.put(Field.SIGNED_DATE, text(o, "signedDate"));
		e.put(Field.PUBLISHED_DATE, text(o, "publishedDate"));
		e.put(Field.EFFECTIVE_DATE, text(o, "effectiveDate"));
		JsonNode years = o.get("validityYears");
		e.put(Field.VALIDITY_YEARS, (years == null || years.isNull()) ? null : String.valueOf(years.asInt()));
		e.put(Field.EXPIRY_DATE, text(o, "expiryDate"));
		e.put(Field.TRIAL, String.valueOf(o.path("trial").asBoolean(false)));
		e.put(Field.DISCLOSURE, text(o, "disclosure"));
		e.put(Field.KIND, text(o, "kind"));
		if (o.has("indexNumber")) {
			e.put(Field.INDEX_NUMBER, text(o, "indexNumber"));
			e.put(Field.TOPIC, text(o, "topic"));
		}
		if (o.has("attachments")) {
			e.put(Field.ATTACHMENTS, list(strings(o.path("attachments"))));
		}
		List<String[]> repeals = new ArrayList<>();
		for (JsonNode r : o.path("repeals")) {
			repeals.add(new String[] { text(r, "title"), normalized(text(r, "docNumber")) });
		}
		e.put(Field.REPEALS, pairs(repeals));
		List<String[]> citations = new ArrayList<>();
		for (JsonNode c : o.path("citations")) {
			citations.add(new String[] { text(c, "title"), normalized(text(c, "docNumber")) });
		}
		e.put(Field.CITATIONS, pairs(citations));
		return e;
	}

	static String number(DocNumber number) {
		return (number != null) ? number.normalized() : null;
	}

	static String date(Object date) {
		return (date != null) ? date.toString() : null;
	}

	static String list(Collection<String> values) {
		return String.join(" | ", values);
	}

	private static String repeals(List<RepealClause> repeals) {
		List<String[]> pairs = new ArrayList<>();
		for (RepealClause r : repeals) {
			pairs.add(new String[] { r.title(), number(r.docNumber()) });
		}
		return pairs(pairs);
	}

	private static String citations(List<Citation> citations) {
		List<String[]> pairs = new ArrayList<>();
		for (Citation c : citations) {
			pairs.add(new String[] { c.title(), number(c.docNumber()) });
		}
		return pairs(pairs);
	}

	/**
	 * Distinct (title, number) pairs, sorted; a title cited with and without its number
	 * counts once, with it; inner titles compare alike in 《》 and 〈〉.
	 */
	static String pairs(List<String[]> pairs) {
		Map<String, String> byTitle = new TreeMap<>();
		for (String[] p : pairs) {
			String title = (p[0] != null) ? fold(p[0]) : "";
			String known = byTitle.get(title);
			if (known == null || known.isEmpty()) {
				byTitle.put(title, (p[1] != null) ? p[1] : "");
			}
		}
		TreeSet<String> out = new TreeSet<>();
		byTitle.forEach((t, n) -> out.add(n.isEmpty() ? t : t + "（" + n + "）"));
		return String.join(" | ", out);
	}

	static String fold(String title) {
		return title.replace('〈', '《').replace('〉', '》').replace('<', '《').replace('>', '》');
	}

	private static String normalized(String printed) {
		return (printed != null) ? DocNumbers.normalizeOrClean(printed) : null;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach((n) -> out.add(n.asString()));
		return out;
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return (v == null || v.isNull()) ? null : v.asString();
	}

}
