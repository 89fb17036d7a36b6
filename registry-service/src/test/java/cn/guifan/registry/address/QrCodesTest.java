package cn.guifan.registry.address;

import cn.guifan.registry.support.QrDecoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

	@Test
	void aPngDecodesToTheAddress() throws Exception {
		String address = "https://gfxwj.example.gov.cn/documents/17";
		assertThat(QrDecoder.decode(QrCodes.png(address, 4))).isEqualTo(address);
	}

	@Test
	void theSvgDrawsTheSameModulesWithATitle() {
		String svg = QrCodes.svg("http://localhost:8080/documents/7", "《办法》的固定链接二维码");
		int size = QrCodes.matrix("http://localhost:8080/documents/7").getWidth();
		assertThat(svg).startsWith("<svg")
			.contains("viewBox=\"0 0 " + size + " " + size + "\"")
			.contains("<title>《办法》的固定链接二维码</title>");
	}

}
