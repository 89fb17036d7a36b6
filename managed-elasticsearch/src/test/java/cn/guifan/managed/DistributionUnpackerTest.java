package cn.guifan.managed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EnabledOnOs({ OS.LINUX, OS.MAC })
class DistributionUnpackerTest {

	@TempDir
	Path temp;

	@Test
	void unpacksIntoTheTopLevelFolderAndMakesTheLaunchersExecutable() throws IOException {
		Path zip = distribution();
		Path dist = this.temp.resolve("dist");

		Path esHome = DistributionUnpacker.unpackOnce(zip, dist);

		assertThat(esHome).isEqualTo(dist.resolve("elasticsearch-1.2.3"));
		assertThat(esHome.resolve("config/elasticsearch.yml")).hasContent("cluster.name: x");
		assertThat(Files.getPosixFilePermissions(esHome.resolve("bin/elasticsearch")))
			.contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
		assertThat(Files.getPosixFilePermissions(esHome.resolve("bin/elasticsearch.bat")))
			.doesNotContain(PosixFilePermission.OWNER_EXECUTE);
		assertThat(Files.getPosixFilePermissions(esHome.resolve("lib/server.jar")))
			.contains(PosixFilePermission.OTHERS_READ)
			.doesNotContain(PosixFilePermission.OWNER_EXECUTE);
		assertThat(dist).isDirectoryNotContaining("glob:**/" + DistributionUnpacker.STAGING_PREFIX + "*");
	}

	@Test
	void anUnpackedDistributionIsNotUnpackedAgain() throws IOException {
		Path zip = distribution();
		Path dist = this.temp.resolve("dist");
		Path esHome = DistributionUnpacker.unpackOnce(zip, dist);
		Files.writeString(esHome.resolve("lib/server.jar"), "changed since");

		DistributionUnpacker.unpackOnce(zip, dist);

		assertThat(esHome.resolve("lib/server.jar")).hasContent("changed since");
	}

	@Test
	void anInterruptedUnpackLeavesOnlyAStagingFolderWhichTheNextRunReplaces() throws IOException {
		Path zip = distribution();
		Path dist = this.temp.resolve("dist");
		Path leftover = Files
			.createDirectories(dist.resolve(DistributionUnpacker.STAGING_PREFIX + "123/elasticsearch-1.2.3/lib"));
		Files.writeString(leftover.resolve("half.jar"), "half");

		Path esHome = DistributionUnpacker.unpackOnce(zip, dist);

		assertThat(esHome.resolve("bin/elasticsearch")).exists();
		assertThat(dist).isDirectoryNotContaining("glob:**/" + DistributionUnpacker.STAGING_PREFIX + "*");
	}

	@Test
	void entriesThatEscapeTheTargetAreRefused() throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("elasticsearch-1.2.3/bin/elasticsearch", "#!/bin/bash");
		entries.put("elasticsearch-1.2.3/../../evil", "boom");
		Path zip = zip(entries);
		Path dist = this.temp.resolve("dist");

		assertThatExceptionOfType(ManagedNodeException.class)
			.isThrownBy(() -> DistributionUnpacker.unpackOnce(zip, dist))
			.withMessageContaining(zip.toString());
		assertThat(this.temp.resolve("evil")).doesNotExist();
		assertThat(dist.resolve("evil")).doesNotExist();
		assertThat(dist.resolve("elasticsearch-1.2.3")).doesNotExist();
	}

	@Test
	void aZipWithoutOneTopLevelFolderIsNotADistribution() throws IOException {
		Path zip = zip(Map.of("a/file", "1", "b/file", "2"));

		assertThatExceptionOfType(ManagedNodeException.class)
			.isThrownBy(() -> DistributionUnpacker.unpackOnce(zip, this.temp.resolve("dist")))
			.withMessageContaining("one top-level folder");
	}

	private Path distribution() throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("elasticsearch-1.2.3/", "");
		entries.put("elasticsearch-1.2.3/bin/elasticsearch", "#!/bin/bash\necho es\n");
		entries.put("elasticsearch-1.2.3/bin/elasticsearch.bat", "@echo es");
		entries.put("elasticsearch-1.2.3/config/elasticsearch.yml", "cluster.name: x");
		entries.put("elasticsearch-1.2.3/lib/server.jar", "jar");
		return zip(entries);
	}

	private Path zip(Map<String, String> entries) throws IOException {
		Path zip = Files.createTempFile(this.temp, "distribution", ".zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zipOut.putNextEntry(new ZipEntry(entry.getKey()));
				zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zipOut.closeEntry();
			}
		}
		return zip;
	}

}
