package cn.guifan.ingest.metadata;

/** Where the sentence around a place in a text begins: after 。, ； or a line break. */
final class Sentences {

	private Sentences() {
	}

	static int start(String body, int at) {
		for (int i = at - 1; i >= 0; i--) {
			char c = body.charAt(i);
			if (c == '。' || c == '\n' || c == '；') {
				return i + 1;
			}
		}
		return 0;
	}

}
