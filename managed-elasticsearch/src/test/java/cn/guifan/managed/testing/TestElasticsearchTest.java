package cn.guifan.managed.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestElasticsearchTest {

	@Test
	void anExternalClusterIsTheCommaSeparatedListOfItsUris() {
		assertThat(TestElasticsearch.externalCluster(" http://es1:9200, ,https://es2:9200 "))
			.containsExactly(URI.create("http://es1:9200"), URI.create("https://es2:9200"));
	}

	@Test
	void noOrABlankVariableMeansNoExternalCluster() {
		assertThat(TestElasticsearch.externalCluster(null)).isEmpty();
		assertThat(TestElasticsearch.externalCluster("  ")).isEmpty();
	}

	@Test
	void shellsBetweenMavenAndTheTestJvmAreSkipped() {
		assertThat(TestElasticsearch.isShell("/bin/sh")).isTrue();
		assertThat(TestElasticsearch.isShell("/usr/bin/bash")).isTrue();
		assertThat(TestElasticsearch.isShell("/usr/lib/jvm/java-17-openjdk-amd64/bin/java")).isFalse();
	}

	@Test
	void theBuildProcessIsTheNearestAncestorThatIsNotAShell() {
		ProcessHandle build = TestElasticsearch.buildProcess();

		assertThat(ancestorsOfThisJvm()).contains(build.pid());
		assertThat(TestElasticsearch.isShell(build)).isFalse();
	}

	private static List<Long> ancestorsOfThisJvm() {
		List<Long> ancestors = new ArrayList<>();
		Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
		while (ancestor.isPresent()) {
			ancestors.add(ancestor.get().pid());
			ancestor = ancestor.get().parent();
		}
		return ancestors;
	}

}
