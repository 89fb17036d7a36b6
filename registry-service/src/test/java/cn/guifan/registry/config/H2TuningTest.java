package cn.guifan.registry.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2TuningTest {

	@Test
	void anH2UrlKeepsTheParsedFormOfMoreStatements() {
		assertThat(H2Tuning.tuned("jdbc:h2:file:/d/db/guifan;AUTO_SERVER=TRUE"))
			.isEqualTo("jdbc:h2:file:/d/db/guifan;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=256");
		assertThat(H2Tuning.tuned("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x;QUERY_CACHE_SIZE=256");
	}

	@Test
	void aUrlThatSetsItsOwnCacheOrIsNotH2IsLeftAlone() {
		assertThat(H2Tuning.tuned("jdbc:h2:file:/d/db/guifan;query_cache_size=16"))
			.isEqualTo("jdbc:h2:file:/d/db/guifan;query_cache_size=16");
		assertThat(H2Tuning.tuned("jdbc:postgresql://localhost/guifan"))
			.isEqualTo("jdbc:postgresql://localhost/guifan");
	}

}
