package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs({ OS.LINUX, OS.MAC })
class PathAccessTest {

	// A user who owns nothing here, so only the "others" bits count for them.
	private static final String STRANGER = "guifan-nobody";

	@TempDir
	Path temp;

	// JUnit creates the temporary folder for its owner only.
	@BeforeEach
	void openTheTemporaryFolder() throws IOException {
		Files.setPosixFilePermissions(this.temp, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void aFolderOthersCannotEnterBlocksEverythingBelowIt() throws IOException {
		Path closed = folder("closed", "rwx------");
		Path inside = Files.createDirectories(closed.resolve("open/data"));

		assertThat(PathAccess.firstUntraversable(inside, STRANGER)).contains(closed.toRealPath());
	}

	@Test
	void foldersOthersMayEnterAreTraversable() throws IOException {
		Path open = folder("open", "rwxr-xr-x");
		Path inside = Files.createDirectories(open.resolve("data"));

		assertThat(PathAccess.firstUntraversable(inside, STRANGER)).isEmpty();
	}

	@Test
	void theOwnerMayEnterTheirOwnPrivateFolder() throws IOException {
		Path mine = folder("mine", "rwx------");
		String me = Files.getOwner(mine).getName();

		assertThat(PathAccess.firstUntraversable(mine, me)).isEmpty();
	}

	@Test
	void aLinkIsJudgedByWhereItLeads() throws IOException {
		Path closed = folder("closed", "rwx------");
		Path target = Files.createDirectories(closed.resolve("target"));
		Path link = Files.createSymbolicLink(this.temp.resolve("link"), target);

		assertThat(PathAccess.firstUntraversable(link, STRANGER)).contains(closed.toRealPath());
	}

	private Path folder(String name, String permissions) throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve(name));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(permissions));
		return folder;
	}

}
