package cn.guifan.registry.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionsTest {

	@Test
	void aRepeatableOptionGivesEachValueAsASpringBootArgument() {
		String[] args = { "--sizes", "0,10000", "--set", "guifan.h2.url-options=;CACHE_SIZE=65536", "--set",
				"guifan.indexer.batch-size=100", "--versus", "guifan.ingest.chunk-size=100", "--set" };
		assertThat(Options.properties(args, "--set")).containsExactly("--guifan.h2.url-options=;CACHE_SIZE=65536",
				"--guifan.indexer.batch-size=100");
		assertThat(Options.properties(args, "--versus")).containsExactly("--guifan.ingest.chunk-size=100");
		assertThat(Options.properties(args, "--only")).isEmpty();
	}

}
