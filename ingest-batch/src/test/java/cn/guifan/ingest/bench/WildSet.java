package cn.guifan.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.text.ChineseText;
import cn.guifan.schemas.text.SimplifiedChinese;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set of real local-government documents as found on the web (pages of government
 * sites and law-database mirrors), hand-labelled, in {@code wild/} beside this class:
 * {@code wild-labels.jsonl} and the texts under {@code tune/}, {@code holdout/},
 * {@code holdout2/}, {@code holdout3/}, {@code holdout4/}, {@code holdout5/},
 * {@code holdout6/}, {@code holdout7/}, {@code holdout8/}, {@code holdout9/},
 * {@code holdout10/}, {@code holdout11/}, {@code holdout12/}, {@code holdout13/},
 * {@code holdout14/}, {@code holdout15/}, {@code holdout16/} and {@code holdout17/}.
 * <p>
 * The stages may be tuned on {@code tune/} only; the held-out parts are scored and
 * reported apart, as aggregates per field: their misses are never listed (unless asked
 * with {@code --holdout-misses yes}, which tuning must not use), so that their figures
 * stay the honest ones. {@code holdout2/} was drawn when the second batch of pages was
 * added, before any rule was tuned on that batch; {@code holdout/} is the first batch's;
 * {@code holdout3/} the third batch's, {@code holdout4/} the fourth's and
 * {@code holdout5/} the fifth's, {@code holdout6/} the sixth's and {@code holdout7/} the
 * seventh's (the first batch from another source: repositories of the search tool's
 * {@code code} corpus) and {@code holdout8/} the eighth's (files of one of those
 * repositories, an index of Shanghai documents), {@code holdout9/} the ninth's (more
 * files of that index, from its other folders), {@code holdout10/} the tenth's (the
 * {@code pages} corpus asked anew, w540 on), {@code holdout11/} the eleventh's (that
 * corpus asked again for thin tiers and kind close calls, w573 on) and {@code holdout12/}
 * the twelfth's (crawler records kept in public repositories and the {@code pages} corpus
 * asked for north-east, north-west and south-west places, w620 on) and {@code holdout13/}
 * the thirteenth's (that corpus asked again for law-database record pages, old numbers,
 * thin provinces and township pages, w647–w681) and {@code holdout14/} the fourteenth's
 * (that corpus asked for record headers, old numbers, departments' lists, bans and city
 * rules, w682–w713) and {@code holdout15/} the fifteenth's (that corpus asked for
 * departments' fund notices, lists and 公示, thin provinces, old numbers, rules and
 * congress decisions, w714–w746) and {@code holdout16/} the sixteenth's (that corpus
 * asked for thin provinces, rules and their amending decisions, 批复, replies, listing
 * pages of departments and task lists, w747–w773) and {@code holdout17/} the
 * seventeenth's (that corpus asked for departments' 批复, replies to deputies, road
 * closures, thin places and 区划 批复 on forums, w774 on), drawn alike. The last column adds
 * all held-out parts up.
 * <p>
 * Five fields are compared, each after folding both sides ({@link #fold}: NFKC,
 * traditional to simplified, whitespace removed), since a mirror prints traditional
 * script and a page spaces: title (a title taken from the file name counts as none: the
 * label is null when the text gives no title), docNumber (normalized), signedDate,
 * issuers (in order), kind.
 */
final class WildSet {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** The parts of the set, as the {@code split} of a label names them. */
	enum Part {

		TUNE("tune"), HOLDOUT("holdout"), HOLDOUT2("holdout2"), HOLDOUT3("holdout3"), HOLDOUT4("holdout4"),
		HOLDOUT5("holdout5"), HOLDOUT6("holdout6"), HOLDOUT7("holdout7"), HOLDOUT8("holdout8"), HOLDOUT9("holdout9"),
		HOLDOUT10("holdout10"), HOLDOUT11("holdout11"), HOLDOUT12("holdout12"), HOLDOUT13("holdout13"),
		HOLDOUT14("holdout14"), HOLDOUT15("holdout15"), HOLDOUT16("holdout16"), HOLDOUT17("holdout17");

		final String label;

		Part(String label) {
			this.label = label;
		}

		static Part of(String split) {
			for (Part part : values()) {
				if (part.label.equals(split)) {
					return part;
				}
			}
			throw new IllegalArgumentException("unknown split in wild-labels.jsonl: " + split);
		}

		boolean heldOut() {
			return this != TUNE;
		}

	}

	/** The compared fields. */
	enum Field {

		TITLE("title", WildSet::title), DOC_NUMBER("docNumber", (m) -> Labels.number(m.docNumber())),
		SIGNED_DATE("signedDate", (m) -> Labels.date(m.signedDate())),
		ISSUERS("issuers", (m) -> Labels.list(m.issuers())), KIND("kind", (m) -> m.kind().name());

		final String label;

		final Function<DocumentMetadata, String> reader;

		Field(String label, Function<DocumentMetadata, String> reader) {
			this.label = label;
			this.reader = reader;
		}

	}

	/**
	 * The shapes the tune part is broken down by: a label key and how to name a value.
	 */
	private static final Map<String, Function<JsonNode, String>> SHAPES = new LinkedHashMap<>();

	static {
		SHAPES.put("script", (r) -> r.path("script").asString("?"));
		SHAPES.put("site table", (r) -> r.path("siteTable").asBoolean(false) ? "with table" : "without table");
		SHAPES.put("mirror", (r) -> r.path("mirror").asBoolean(false) ? "mirror" : "not a mirror");
		SHAPES.put("truncated", (r) -> r.path("truncated").asBoolean(false) ? "truncated" : "whole");
		SHAPES.put("level", (r) -> r.path("level").asString("?"));
		SHAPES.put("kind", (r) -> r.path("kind").asString("?"));
		SHAPES.put("batch", WildSet::batch);
		SHAPES.put("decade", (r) -> {
			int year = r.path("year").asInt(0);
			return (year == 0) ? "?" : (year / 10 * 10) + "s";
		});
	}

	/**
	 * The batch a document was added in, from its number (w001–w165 the first, w166–w208
	 * the second, w209–w237 the third, w238–w284 the fourth, w285–w346 the fifth,
	 * w347–w392 the sixth, w393–w434 the seventh, w435–w478 the eighth, w479–w539 the
	 * ninth, w540–w572 the tenth, w573–w619 the eleventh, w620–w646 the twelfth,
	 * w647–w681 the thirteenth, w682–w713 the fourteenth, w714–w746 the fifteenth,
	 * w747–w773 the sixteenth, w774 on the seventeenth): a new batch's tune pages are
	 * scored apart before and after its rules.
	 */
	static String batch(JsonNode row) {
		String file = row.path("file").asString("");
		int slash = file.lastIndexOf('/');
		String name = file.substring(slash + 1);
		int n = (name.length() > 4 && name.charAt(0) == 'w') ? Integer.parseInt(name.substring(1, 4)) : 0;
		int[] firsts = { 166, 209, 238, 285, 347, 393, 435, 479, 540, 573, 620, 647, 682, 714, 747, 774 };
		int batch = 1;
		for (int first : firsts) {
			if (n >= first) {
				batch++;
			}
		}
		return String.valueOf(batch);
	}

	/** One labelled document. */
	static final class Doc {

		final String file;

		final Part part;

		final JsonNode row;

		final Map<Field, String> want = new EnumMap<>(Field.class);

		String text;

		DocumentMetadata got;

		Doc(String file, Part part, JsonNode row) {
			this.file = file;
			this.part = part;
			this.row = row;
		}

		boolean hit(Field field) {
			return hit(field, this.got);
		}

		boolean hit(Field field, DocumentMetadata metadata) {
			String w = this.want.get(field);
			String g = field.reader.apply(metadata);
			if (w == null) {
				return g == null || g.isEmpty();
			}
			return g != null && fold(w).equals(fold(g));
		}

	}

	private final List<Doc> docs = new ArrayList<>();

	private WildSet() {
	}

	/** The set beside this class in the test resources, read as ingest reads files. */
	static WildSet load(Path dir, TextExtractor tika, MetadataExtractor extractor) throws Exception {
		return load(dir, tika, extractor, (part) -> true);
	}

	/** The parts of the set {@code parts} accepts; the other files are not read. */
	static WildSet load(Path dir, TextExtractor tika, MetadataExtractor extractor, Predicate<Part> parts)
			throws Exception {
		WildSet set = new WildSet();
		for (String line : Files.readAllLines(dir.resolve("wild-labels.jsonl"))) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode row = JSON.readTree(line);
			String file = row.path("file").asString();
			Part part = Part.of(row.path("split").asString());
			if (!parts.test(part)) {
				continue;
			}
			Doc d = new Doc(file, part, row);
			d.want.put(Field.TITLE, text(row, "title"));
			String number = text(row, "docNumber");
			d.want.put(Field.DOC_NUMBER,
					(number != null) ? DocNumbers.normalizeOrClean(SimplifiedChinese.of(number)) : null);
			d.want.put(Field.SIGNED_DATE, text(row, "signedDate"));
			List<String> issuers = new ArrayList<>();
			row.path("issuers").forEach((n) -> issuers.add(n.asString()));
			d.want.put(Field.ISSUERS, issuers.isEmpty() ? null : Labels.list(issuers));
			d.want.put(Field.KIND, text(row, "kind"));
			Path path = dir.resolve(file);
			d.text = tika.extract(path, path.getFileName().toString()).text();
			d.got = extractor.extract(d.text, path.getFileName().toString());
			set.docs.add(d);
		}
		return set;
	}

	/**
	 * The wild set's directory in the test resources, found from the working directory.
	 */
	static Path directory() throws IOException {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("ingest-batch/src/test/resources/cn/guifan/ingest/bench/wild");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			candidate = dir.resolve("src/test/resources/cn/guifan/ingest/bench/wild");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IOException("the wild set (ingest-batch/src/test/resources/cn/guifan/ingest/bench/wild) is missing");
	}

	/**
	 * Prints the figures per field, each part apart, and the tune misses.
	 */
	void report(int misses, boolean holdoutMisses, String onlyField) {
		StringBuilder counts = new StringBuilder();
		StringBuilder header = new StringBuilder("| field |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Part part : Part.values()) {
			counts.append((counts.length() > 0) ? ", " : "").append(count(part)).append(' ').append(part.label);
			header.append(' ').append(part.label).append(" |");
			rule.append("---|");
		}
		System.out.printf("%nDocuments as found on the web (the wild set): %s%n%n", counts);
		System.out.println(header + " all held out |");
		System.out.println(rule + "---|");
		for (Field field : Field.values()) {
			StringBuilder row = new StringBuilder("| " + field.label + " |");
			int[] heldOut = new int[2];
			for (Part part : Part.values()) {
				int[] s = score(field, part);
				row.append(' ').append(cell(s)).append(" |");
				if (part.heldOut()) {
					heldOut[0] += s[0];
					heldOut[1] += s[1];
				}
			}
			System.out.println(row + " " + cell(heldOut) + " |");
		}
		System.out.println();
		System.out.println("Compared after folding both sides (NFKC, traditional → simplified, no whitespace);");
		System.out.println("a title taken from the file name counts as no title. The held-out parts are reported,");
		System.out.println("never tuned on.");
		System.out.printf("%nTune, by shape:%n%n");
		StringBuilder shapeHeader = new StringBuilder("| shape | n |");
		StringBuilder shapeRule = new StringBuilder("|---|---|");
		for (Field field : Field.values()) {
			shapeHeader.append(' ').append(field.label).append(" |");
			shapeRule.append("---|");
		}
		System.out.println(shapeHeader);
		System.out.println(shapeRule);
		for (Map.Entry<String, Function<JsonNode, String>> shape : SHAPES.entrySet()) {
			Map<String, List<Doc>> byValue = new TreeMap<>();
			for (Doc d : this.docs) {
				if (d.part == Part.TUNE) {
					byValue.computeIfAbsent(shape.getValue().apply(d.row), (k) -> new ArrayList<>()).add(d);
				}
			}
			byValue.forEach((value, docs) -> {
				StringBuilder row = new StringBuilder(
						"| " + shape.getKey() + ": " + value + " | " + docs.size() + " |");
				for (Field field : Field.values()) {
					int hits = (int) docs.stream().filter((d) -> d.hit(field)).count();
					row.append(' ').append(cell(new int[] { docs.size(), hits })).append(" |");
				}
				System.out.println(row);
			});
		}
		if (misses <= 0) {
			return;
		}
		System.out.printf("%nWild misses, tune only%s (first %d per field):%n", holdoutMisses ? " and holdout" : "",
				misses);
		for (Field field : Field.values()) {
			if (onlyField != null && !field.name().equalsIgnoreCase(onlyField)
					&& !field.label.equalsIgnoreCase(onlyField)) {
				continue;
			}
			List<Doc> missed = this.docs.stream()
				.filter((d) -> (!d.part.heldOut() || holdoutMisses) && !d.hit(field))
				.toList();
			System.out.printf("%n%s: %d misses%n", field.label, missed.size());
			missed.stream().limit(misses).forEach((d) -> {
				System.out.printf("  [%s] %s%n      label: %s%n      got:   %s%n", d.part.label, d.file,
						show(d.want.get(field)), show(field.reader.apply(d.got)) + provenance(d.got, field));
				if (field == Field.KIND) {
					System.out.printf("      reason: %s%n", d.got.kindReason());
				}
			});
		}
	}

	/**
	 * The perturbation check on the tune part: each page as found and each of its
	 * variants ({@link WildPerturbation}) extracted, and per perturbation and field, how
	 * many of the fields right on the page as found turn wrong on the variant. A flip
	 * counts only where the variant still states the fact: a title or an issuer the page
	 * prints (folded) is still printed in the variant; for the site table moved below the
	 * body, a page whose right fields came from that table is skipped (the body does not
	 * state them). With {@code misses} above 0, the flipped pages are listed per
	 * perturbation and field.
	 */
	void perturbReport(MetadataExtractor extractor, int misses, String onlyField) {
		List<Doc> tune = this.docs.stream().filter((d) -> d.part == Part.TUNE).toList();
		System.out.printf("%nPerturbation check on the tune part (%d pages): fields right on the page as found%n",
				tune.size());
		System.out.println("that turn wrong on a variant that still states them (flips / right).");
		StringBuilder asFound = new StringBuilder("Tune as found:");
		for (Field field : Field.values()) {
			int hits = (int) tune.stream().filter((d) -> d.hit(field)).count();
			asFound.append(' ').append(field.label).append(' ').append(cell(new int[] { tune.size(), hits }));
			asFound.append((field.ordinal() < Field.values().length - 1) ? "," : ".");
		}
		System.out.println(asFound);
		System.out.println();
		StringBuilder header = new StringBuilder("| perturbation | pages |");
		StringBuilder rule = new StringBuilder("|---|---|");
		for (Field field : Field.values()) {
			header.append(' ').append(field.label).append(" |");
			rule.append("---|");
		}
		System.out.println(header + " all fields |");
		System.out.println(rule + "---|");
		int[][] total = new int[Field.values().length + 1][2];
		Map<WildPerturbation, Map<Field, List<String>>> flipped = new EnumMap<>(WildPerturbation.class);
		int pagesTotal = 0;
		int tableSkipped = 0;
		for (WildPerturbation perturbation : WildPerturbation.values()) {
			int pages = 0;
			int[][] counts = new int[Field.values().length + 1][2];
			Map<Field, List<String>> lists = new EnumMap<>(Field.class);
			for (Doc d : tune) {
				String variant = perturbation.apply(d.text);
				if (variant == null) {
					continue;
				}
				if (perturbation == WildPerturbation.TABLE_BELOW && rightFromTable(d)) {
					tableSkipped++;
					continue;
				}
				pages++;
				DocumentMetadata v = extractor.extract(variant, Path.of(d.file).getFileName().toString());
				for (Field field : Field.values()) {
					if (!d.hit(field) || !stillStated(d, field, variant)) {
						continue;
					}
					counts[field.ordinal()][1]++;
					counts[Field.values().length][1]++;
					if (!d.hit(field, v)) {
						counts[field.ordinal()][0]++;
						counts[Field.values().length][0]++;
						lists.computeIfAbsent(field, (k) -> new ArrayList<>())
							.add(String.format("  %s%n      label:   %s%n      found:   %s%n      variant: %s", d.file,
									show(d.want.get(field)), show(field.reader.apply(d.got)),
									show(field.reader.apply(v)) + provenance(v, field)));
					}
				}
			}
			pagesTotal += pages;
			flipped.put(perturbation, lists);
			StringBuilder row = new StringBuilder("| " + perturbation.label + " | " + pages + " |");
			for (int i = 0; i < counts.length; i++) {
				row.append(' ').append(counts[i][0]).append(" / ").append(counts[i][1]).append(" |");
				total[i][0] += counts[i][0];
				total[i][1] += counts[i][1];
			}
			System.out.println(row);
		}
		StringBuilder row = new StringBuilder("| all | " + pagesTotal + " |");
		for (int[] t : total) {
			row.append(' ').append(t[0]).append(" / ").append(t[1]).append(" |");
		}
		System.out.println(row);
		System.out.printf("%nSite table below the body: %d more pages have a table above the body, and a field right%n"
				+ "from it that the body does not state: skipped.%n", tableSkipped);
		if (misses <= 0) {
			return;
		}
		System.out.printf("%nFlips, tune only (first %d per perturbation and field):%n", misses);
		flipped.forEach((perturbation, lists) -> lists.forEach((field, pages) -> {
			if (onlyField != null && !field.name().equalsIgnoreCase(onlyField)
					&& !field.label.equalsIgnoreCase(onlyField)) {
				return;
			}
			System.out.printf("%n%s, %s: %d flips%n", perturbation.label, field.label, pages.size());
			pages.stream().limit(misses).forEach(System.out::println);
		}));
	}

	/** Whether a field the page as found gets right came from its site table. */
	private static boolean rightFromTable(Doc d) {
		for (Field field : Field.values()) {
			FieldProvenance p = d.got.provenanceOf(metadataField(field));
			if (d.hit(field) && d.want.get(field) != null && p != null && p.source() == FieldSource.SITE_TABLE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the variant still prints what the page printed of a field: a title or an
	 * issuer found (folded) in the page must be found in the variant.
	 */
	private static boolean stillStated(Doc d, Field field, String variant) {
		List<String> facts = new ArrayList<>();
		if (field == Field.TITLE && d.want.get(field) != null) {
			facts.add(d.want.get(field));
		}
		if (field == Field.ISSUERS) {
			d.row.path("issuers").forEach((n) -> facts.add(n.asString()));
		}
		String page = fold(d.text);
		String changed = fold(variant);
		for (String fact : facts) {
			String f = fold(fact);
			if (page.contains(f) && !changed.contains(f)) {
				return false;
			}
		}
		return true;
	}

	private long count(Part part) {
		return this.docs.stream().filter((d) -> d.part == part).count();
	}

	private int[] score(Field field, Part part) {
		int[] s = new int[2];
		for (Doc d : this.docs) {
			if (d.part == part) {
				s[0]++;
				if (d.hit(field)) {
					s[1]++;
				}
			}
		}
		return s;
	}

	/** NFKC, traditional to simplified, no whitespace: how labels and values compare. */
	static String fold(String value) {
		return ChineseText.removeSpaces(SimplifiedChinese.of(Normalizer.normalize(value, Normalizer.Form.NFKC)));
	}

	private static String title(DocumentMetadata m) {
		FieldProvenance p = m.provenanceOf(MetadataField.TITLE);
		return (p != null && p.source() == FieldSource.FILE_NAME) ? null : m.title();
	}

	private static MetadataField metadataField(Field field) {
		return switch (field) {
			case TITLE -> MetadataField.TITLE;
			case DOC_NUMBER -> MetadataField.DOC_NUMBER;
			case SIGNED_DATE -> MetadataField.SIGNED_DATE;
			case ISSUERS -> MetadataField.ISSUERS;
			case KIND -> MetadataField.KIND;
		};
	}

	private static String provenance(DocumentMetadata m, Field field) {
		FieldProvenance p = m.provenanceOf(metadataField(field));
		if (p == null) {
			return "";
		}
		return "  (" + p.source().label() + ((p.confidence() != null) ? " " + p.confidence() : "")
				+ ((p.note() != null) ? "：" + p.note() : "") + ")";
	}

	private static String cell(int[] s) {
		if (s[0] == 0) {
			return "—";
		}
		return String.format(Locale.ROOT, "%d/%d = %.1f%%", s[1], s[0], 100.0 * s[1] / s[0]);
	}

	private static String show(String value) {
		return (value == null) ? "∅" : "«" + value + "»";
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return (v == null || v.isNull()) ? null : v.asString();
	}

}
