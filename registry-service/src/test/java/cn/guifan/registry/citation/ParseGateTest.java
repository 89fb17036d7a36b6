package cn.guifan.registry.citation;

import java.time.Duration;

import cn.guifan.registry.common.ServiceBusyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParseGateTest {

	@Test
	void anUploadBeyondTheBoundIsRefusedAsBusyAndThePlaceComesBackWhenAParseEnds() {
		ParseGate gate = new ParseGate(2, Duration.ofMillis(50));
		ParseGate.Place first = gate.enter();
		ParseGate.Place second = gate.enter();

		assertThatExceptionOfType(ServiceBusyException.class).isThrownBy(gate::enter)
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503))
			.satisfies((ex) -> assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("3"))
			.withMessageContaining("上传文件过多");

		first.close();
		ParseGate.Place third = gate.enter();
		assertThat(gate.free()).isZero();
		second.close();
		third.close();
		assertThat(gate.free()).isEqualTo(2);
	}

	@Test
	void aTemporaryFileNameKeepsOnlyTheExtensionOfWhatWasUploaded() {
		assertThat(DraftReader.safeSuffix("../../etc/通知.docx")).isEqualTo("通知.docx");
		assertThat(DraftReader.safeSuffix("a\\b\\c d?.pdf")).isEqualTo("c_d_.pdf");
		assertThat(DraftReader.safeSuffix("x".repeat(100) + ".txt")).hasSize(60).endsWith(".txt");
	}

}
