package cn.guifan.registry.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import cn.guifan.registry.support.Corpus;
import cn.guifan.schemas.text.ChineseText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFingerprintTest {

	/** The fingerprint as defined: SHA-256 of the folded text without spaces. */
	private static String defined(String text) throws NoSuchAlgorithmException {
		byte[] bytes = ChineseText.removeSpaces(ChineseText.foldWidth(text)).getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void registriesKeepTheDigestsTheyStored() {
		// Stored in every registry's document_version.text_sha256: must never change.
		assertThat(TextFingerprint.of("第一条　为了规范占道经营，制定本办法。"))
			.isEqualTo("4b60409d151aeba6205d826bb506b03be89e1a337a9e97e6cb178ec68b378a33");
	}

	@Test
	void spacesLineBreaksAndWidthsDoNotChangeIt() {
		assertThat(TextFingerprint.of("第一条 为了规范\n占道经营，制定本办法。")).isEqualTo(TextFingerprint.of("第一条为了规范占道经营，制定本办法。"));
		assertThat(TextFingerprint.of("青政办〔２０２１〕１２号")).isEqualTo(TextFingerprint.of("青政办〔2021〕12号"));
		assertThat(TextFingerprint.of("第一条")).isNotEqualTo(TextFingerprint.of("第二条"));
	}

	@Test
	void everyKindOfCharacterIsEncodedAsTheDefinitionSays() throws NoSuchAlgorithmException {
		List<String> texts = List.of("", " \u3000\n\t", "abc", "é ü ß", "中文", "𠀀 supplementary 𪚥",
				// A pair split by spaces is a pair once they are removed; halves alone
				// are unencodable.
				"\uD840 \uDC00", "\uD840", "x\uDC00y", "\uD840\uD840\uDC00", "全角ＡＢＣ１２３　空格\u00A0\u200B\uFEFF");
		for (String text : texts) {
			assertThat(TextFingerprint.of(text)).as(text).isEqualTo(defined(text));
		}
		// Longer than the encoder's buffer, with three- and four-byte characters.
		String longText = "第一条　𠀀规范。".repeat(3000);
		assertThat(TextFingerprint.of(longText)).isEqualTo(defined(longText));
	}

	@Test
	void realLawsGetTheDefinedDigest() throws IOException, NoSuchAlgorithmException {
		List<Path> laws = Corpus.lawFiles();
		for (int i = 0; i < laws.size(); i += 53) {
			String text = Files.readString(laws.get(i));
			assertThat(TextFingerprint.of(text)).as(laws.get(i).toString()).isEqualTo(defined(text));
		}
	}

}
