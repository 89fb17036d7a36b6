package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.MetadataField;
import org.jspecify.annotations.Nullable;

/**
 * 公开属性 from the 附注: （此件公开发布）and 此件主动公开 are 主动公开, 此件依申请公开 is 依申请公开, 此件不予公开 / 此件不公开 is
 * 不予公开; or from a page's 公开方式 / 公开属性 field. The 附注 of a notice that issues an 办法 stands
 * in the middle of the text, under the signature, so the whole text is searched; only a
 * note about 此件 counts, not the words 依申请公开 in a sentence. Unsaid stays unknown.
 */
final class DisclosureStage implements ExtractionStage {

	private static final int NOTE_LENGTH = 12;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		for (String field : new String[] { "公开方式", "公开属性", "公开范围" }) {
			String value = page.get(field);
			Disclosure d = (value != null) ? classify(value) : null;
			if (d != null) {
				metadata.disclosure(d);
				metadata.provenance(MetadataField.DISCLOSURE, FieldProvenance.siteTable(field));
				return;
			}
		}
		String body = text.text();
		for (int at = body.indexOf("此件"); at >= 0; at = body.indexOf("此件", at + 2)) {
			String note = body.substring(at + 2, Math.min(body.length(), at + 2 + NOTE_LENGTH));
			int close = indexOfAny(note, "）)\n。");
			Disclosure d = classify((close >= 0) ? note.substring(0, close) : note);
			if (d != null) {
				metadata.disclosure(d);
				return;
			}
		}
	}

	static @Nullable Disclosure classify(String note) {
		String s = note.replaceAll("[\\s\\u3000]", "");
		if (s.contains("依申请公开")) {
			return Disclosure.ON_REQUEST;
		}
		if (s.contains("不予公开") || s.contains("不公开")) {
			return Disclosure.NOT_PUBLIC;
		}
		if (s.contains("主动公开") || s.contains("公开发布") || s.equals("公开")) {
			return Disclosure.PUBLIC;
		}
		return null;
	}

	private static int indexOfAny(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
