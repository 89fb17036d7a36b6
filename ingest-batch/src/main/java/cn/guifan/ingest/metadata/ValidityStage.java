package cn.guifan.ingest.metadata;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.Commencement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.Validity;
import cn.guifan.schemas.text.ChineseDates;
import cn.guifan.schemas.text.ChineseNumerals;
import org.jspecify.annotations.Nullable;

/**
 * 有效期 and the expiry it gives: 有效期5年 / 有效期为三年 / 有效期6个月 counted from the effective date
 * (2022-05-01 with 5 years ends 2027-04-30), or 有效期至2026年12月31日.
 * <p>
 * Only the document's own period counts: a 有效期 in the sentence of its own effect clause
 * (本办法自…起施行，有效期5年) or in a sentence about the document itself (本办法有效期…). A rule on
 * normative documents that says they "should have a 有效期 of at most 5 years" speaks of
 * others. Runs after {@link CommencementStage}.
 */
final class ValidityStage implements ExtractionStage {

	private static final Pattern LENGTH = Pattern
		.compile("有效期(?:限)?(?:为|是)?[\\s\\u3000]*([0-9０-９一二三四五六七八九十两]{1,3})[\\s\\u3000]*(年|个月)");

	private static final Pattern UNTIL = Pattern
		.compile("(?:有效期(?:限)?(?:为|是)?[^，。；]{0,8}?(?:至|到|截至|截止)(?:于)?|施行[，,]?至|起至)[\\s\\u3000]*("
				+ "[0-9０-９〇○零一二三四五六七八九OＯ]{4}[\\s\\u3000]*年[^，。；]{1,12}?[日号])");

	private static final Pattern SELF_SENTENCE = Pattern
		.compile("^[\\s\\u3000]*(?:第[一二三四五六七八九十百零]+条[\\s\\u3000]*|[一二三四五六七八九十]+、)?本");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String body = text.text();
		Commencement commencement = metadata.commencement();
		Validity found = null;
		int at = body.indexOf("有效期");
		while (at >= 0) {
			int end = sentenceEnd(body, at);
			String sentence = body.substring(Sentences.start(body, at), end);
			boolean own = SELF_SENTENCE.matcher(sentence).find()
					|| (commencement != null && sentence.contains(commencement.text()));
			Validity v = own ? parse(sentence) : null;
			if (v != null) {
				found = v;
			}
			at = body.indexOf("有效期", end);
		}
		if (found == null && commencement != null) {
			// 本办法自2020年1月1日起施行，至2022年12月31日止.
			int clause = body.indexOf(commencement.text());
			if (clause >= 0) {
				found = parse(body.substring(clause, sentenceEnd(body, clause)));
			}
		}
		if (found != null) {
			metadata.validity(found);
			metadata.expiryDate(found.expiryFrom(metadata.effectiveDate()));
		}
	}

	static @Nullable Validity parse(String sentence) {
		Matcher until = UNTIL.matcher(sentence);
		if (until.find()) {
			var date = ChineseDates.findFirst(until.group(1));
			if (date.isPresent()) {
				return new Validity(null, null, date.get().date(), clause(sentence, until.start()));
			}
		}
		Matcher length = LENGTH.matcher(sentence);
		if (length.find()) {
			OptionalInt n = ChineseNumerals.parse(length.group(1));
			if (n.isPresent()) {
				boolean years = length.group(2).equals("年");
				return new Validity(years ? n.getAsInt() : null, years ? null : n.getAsInt(), null, length.group());
			}
		}
		return null;
	}

	private static String clause(String sentence, int from) {
		int end = sentence.length();
		for (int i = from; i < sentence.length(); i++) {
			if ("，。；,;".indexOf(sentence.charAt(i)) >= 0) {
				end = i;
				break;
			}
		}
		return sentence.substring(from, end);
	}

	private static int sentenceEnd(String body, int at) {
		for (int i = at; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '。' || c == '\n') {
				return i;
			}
		}
		return body.length();
	}

}
