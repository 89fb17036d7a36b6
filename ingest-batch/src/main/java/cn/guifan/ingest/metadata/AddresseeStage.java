package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.text.ChineseText;

/**
 * 主送机关: the line after the title that ends with ：, split into the organs and units it
 * names. It is split on ，, and on 、 only where each piece is a unit of its own:
 * 各乡镇人民政府、街道办事处 gives two addressees, 各建设、施工、监理单位 stays one, and 、 inside brackets
 * (各县（市、区）人民政府) never splits.
 */
final class AddresseeStage implements ExtractionStage {

	/** Last characters of the name of an organ, a unit or a group of them. */
	private static final String UNIT_CHARS = "府室厅会局委办院部署处所心站队组社行团馆司科股庭关盟联军位门构业园校院户员";

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		HeadLayout head = text.memo(HeadLayout.OF);
		if (head.addressee() < 0) {
			return;
		}
		metadata.addressees(split(text.nonBlankLines().get(head.addressee()).stripped()));
	}

	static List<String> split(String line) {
		String body = line.strip();
		if (body.endsWith("：") || body.endsWith(":")) {
			body = body.substring(0, body.length() - 1);
		}
		List<String> addressees = new ArrayList<>();
		for (String part : splitTopLevel(body, "，,；;")) {
			StringBuilder pending = new StringBuilder();
			for (String piece : splitTopLevel(part, "、")) {
				if (!pending.isEmpty()) {
					pending.append('、');
				}
				pending.append(piece);
				if (looksLikeUnit(piece)) {
					addressees.add(pending.toString());
					pending.setLength(0);
				}
			}
			if (!pending.isEmpty()) {
				addressees.add(pending.toString());
			}
		}
		return addressees;
	}

	/** True for a name that ends like an organ or a unit (…局, …单位, …部门, …企业). */
	static boolean looksLikeUnit(String name) {
		String n = ChineseText.removeSpaces(name);
		return n.length() >= 2 && UNIT_CHARS.indexOf(n.charAt(n.length() - 1)) >= 0;
	}

	/** Splits on any of the separators outside brackets, dropping empty pieces. */
	private static List<String> splitTopLevel(String s, String separators) {
		List<String> pieces = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			}
			else if (depth == 0 && separators.indexOf(c) >= 0) {
				add(pieces, s.substring(from, i));
				from = i + 1;
			}
		}
		add(pieces, s.substring(from));
		return pieces;
	}

	private static void add(List<String> pieces, String piece) {
		String p = ChineseText.removeSpaces(piece);
		if (!p.isEmpty()) {
			pieces.add(p);
		}
	}

}
