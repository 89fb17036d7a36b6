package cn.guifan.registry.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What restore refuses before it touches the data folder. */
class RestoresTest {

	@TempDir
	Path tmp;

	Path backup;

	Path data;

	@BeforeEach
	void aBackup() throws Exception {
		this.backup = this.tmp.resolve("backup");
		Files.createDirectories(this.backup.resolve("files/ab/cd"));
		Files.writeString(this.backup.resolve("database.zip"), "not really a zip");
		Files.writeString(this.backup.resolve("files/ab/cd/abcd"), "原始文件");
		new BackupManifest(1, "2026-06-01T02:00:00+08:00", "/data", new BackupManifest.Database("H2",
				BackupManifest.Entry.of(this.backup, this.backup.resolve("database.zip")), Map.of("document", 1L)),
				null, List.of(BackupManifest.Entry.of(this.backup, this.backup.resolve("files/ab/cd/abcd"))))
			.write(this.backup);
		this.data = this.tmp.resolve("data");
	}

	@Test
	void aFolderWithoutManifestIsNotABackup() throws Exception {
		Files.delete(this.backup.resolve("manifest.json"));
		assertThatThrownBy(() -> Restores.restore(this.backup, this.data, false)).isInstanceOf(BackupException.class)
			.hasMessageContaining("缺少 manifest.json");
	}

	@Test
	void aChangedFileIsNamedAndNothingIsRestored() throws Exception {
		Files.writeString(this.backup.resolve("files/ab/cd/abcd"), "被改过的文件");
		assertThatThrownBy(() -> Restores.restore(this.backup, this.data, true)).isInstanceOf(BackupException.class)
			.hasMessageContaining("files/ab/cd/abcd")
			.hasMessageContaining("校验失败");
		assertThat(this.data).doesNotExist();
	}

	@Test
	void aDataFolderWithFilesNeedsForce() throws Exception {
		Path existing = this.data.resolve("files/00/11/0011");
		Files.createDirectories(existing.getParent());
		Files.writeString(existing, "已有的文件");
		assertThatThrownBy(() -> Restores.restore(this.backup, this.data, false)).isInstanceOf(BackupException.class)
			.hasMessageContaining("--force")
			.hasMessageContaining("before-restore-");
		assertThat(existing).hasContent("已有的文件");
	}

}
