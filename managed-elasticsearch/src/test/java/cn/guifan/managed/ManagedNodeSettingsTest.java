package cn.guifan.managed;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ManagedNodeSettingsTest {

	@Test
	void defaultsBoundTheNodeAndTieItToThisJvm() {
		ManagedNodeSettings settings = ManagedNodeSettings.defaults(Path.of("data/es"));

		assertThat(settings.home()).isAbsolute().endsWithRaw(Path.of("data/es"));
		assertThat(settings.heapMb()).isEqualTo(512);
		assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(120));
		assertThat(settings.serviceUser()).isEqualTo("guifan-es");
		assertThat(settings.distribution()).isNull();
		assertThat(settings.ownedByCurrentJvm()).isTrue();
	}

	@Test
	void anotherOwnerIsNotThisJvm() {
		ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();

		assertThat(ManagedNodeSettings.defaults(Path.of("x")).withLifetimeOwner(parent).ownedByCurrentJvm()).isFalse();
	}

	@Test
	void unusableValuesAreRefusedWithTheValue() {
		ManagedNodeSettings settings = ManagedNodeSettings.defaults(Path.of("x"));

		assertThatIllegalArgumentException().isThrownBy(() -> settings.withHeapMb(64)).withMessageContaining("64");
		assertThatIllegalArgumentException().isThrownBy(() -> settings.withStartTimeout(Duration.ZERO))
			.withMessageContaining("PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> settings.withServiceUser("es; rm -rf /"))
			.withMessageContaining("es; rm -rf /");
	}

}
