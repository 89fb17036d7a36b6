package cn.guifan.registry.address;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

	/** Reads a QR code from a picture, as a phone's camera would. */
	public static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
	}

	@Test
	void aPngDecodesToTheAddress() throws Exception {
		String address = "https://gfxwj.example.gov.cn/documents/17";
		assertThat(decode(QrCodes.png(address, 4))).isEqualTo(address);
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
