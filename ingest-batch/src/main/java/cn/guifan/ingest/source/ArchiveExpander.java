package cn.guifan.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.ingest.text.SafeZip;
import cn.guifan.ingest.text.UnreadableFileException;
import org.apache.commons.io.file.PathUtils;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Expands zip archives (and the zip archives inside them) into a work folder, so that
 * each member becomes an item of its own, named {@code a.zip!/folder/b.docx}.
 * <p>
 * Members are streamed to disk one at a time: memory does not grow with the archive.
 * {@link SafeZip} enforces the limits of {@link ReadLimits} on the archive as a whole,
 * nested archives included (members, uncompressed bytes, compression ratio) plus the
 * nesting depth here; past any of them the whole archive is refused with
 * {@link ReadError#ARCHIVE_LIMIT} and nothing of it is ingested. Members are written
 * under generated names ({@code 1}, {@code 2} …), never under the names the archive
 * gives, so no name can reach outside the work folder; a name that tries ({@code ../x})
 * is reported. A member that cannot be unpacked (encrypted, unknown compression) or a
 * nested archive that is corrupt is reported on its own while the other members go on.
 * <p>
 * Only zip is expanded; a zip-based document (docx, ofd, odt …) is a document, not an
 * archive. Hidden members ({@code .DS_Store}, {@code __MACOSX/}) are left out, as hidden
 * files of a directory are. Thread-safe.
 */
public final class ArchiveExpander {

	private static final Detector detector = new DefaultDetector();

	private final ReadLimits limits;

	private final Path workRoot;

	/**
	 * @param limits the limits an archive must stay within
	 * @param workRoot where archives are expanded (each into a folder of its own)
	 */
	public ArchiveExpander(ReadLimits limits, Path workRoot) {
		this.limits = limits;
		this.workRoot = workRoot;
	}

	/** Whether the file is a zip archive (by content; a .docx is not one). */
	public static boolean isArchive(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || !(head[2] == 3 && head[3] == 4
					|| head[2] == 5 && head[3] == 6 || head[2] == 7 && head[3] == 8)) {
				return false;
			}
		}
		catch (IOException ex) {
			return false;
		}
		try (TikaInputStream in = TikaInputStream.get(file)) {
			MediaType type = detector.detect(in, new Metadata());
			return type.getBaseType().toString().equals("application/zip");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Expands an archive into a folder of its own.
	 * @param archive the archive on disk
	 * @param name how the run names it
	 * @return its members, in their order in the archive (nested archives' members in
	 * place of the nested archive)
	 * @throws UnreadableFileException the archive as a whole cannot be read: past a limit
	 * ({@link ReadError#ARCHIVE_LIMIT}) or not a readable zip
	 * ({@link ReadError#CORRUPT_FILE})
	 */
	public Expansion expand(Path archive, String name) throws UnreadableFileException {
		Path folder;
		try {
			Files.createDirectories(this.workRoot);
			folder = Files.createTempDirectory(this.workRoot, "zip-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a work folder in " + this.workRoot, ex);
		}
		Expansion expansion = new Expansion(folder);
		try {
			SafeZip.Budget budget = new SafeZip.Budget(this.limits, name);
			expandInto(archive, name, 1, budget, expansion);
			return expansion;
		}
		catch (UnreadableFileException | RuntimeException ex) {
			expansion.close();
			throw ex;
		}
	}

	private void expandInto(Path archive, String name, int depth, SafeZip.Budget budget, Expansion expansion)
			throws UnreadableFileException {
		if (depth > this.limits.maxArchiveDepth()) {
			throw new UnreadableFileException(ReadError.ARCHIVE_LIMIT, budget.archive(),
					"压缩包嵌套超过 " + this.limits.maxArchiveDepth() + " 层（" + name + "）");
		}
		List<SourceFileItem> members = new ArrayList<>();
		SafeZip.unpack(archive, name, budget, new SafeZip.Visitor() {
			@Override
			public @Nullable Path target(String member) {
				if (isHidden(member)) {
					return null;
				}
				String memberName = name + SourceFileItem.MEMBER_SEPARATOR + member;
				String notADocument = SourceRules.notADocument(member);
				if (notADocument != null) {
					members.add(new SourceFileItem(archive, memberName,
							new UnreadableFileException(ReadError.NOT_A_DOCUMENT, memberName, notADocument)));
					return null;
				}
				Path target = expansion.folder().resolve(Integer.toString(expansion.nextFile()));
				members.add(new SourceFileItem(target, memberName));
				return target;
			}

			@Override
			public void refused(String member, ReadError error, String detail) {
				String memberName = name + SourceFileItem.MEMBER_SEPARATOR + member;
				members.add(new SourceFileItem(archive, memberName,
						new UnreadableFileException(error, memberName, detail)));
			}
		});
		for (SourceFileItem member : members) {
			if (member.refusal() == null && isArchive(member.path())) {
				try {
					expandInto(member.path(), member.name(), depth + 1, budget, expansion);
				}
				catch (UnreadableFileException ex) {
					if (ex.error() == ReadError.ARCHIVE_LIMIT) {
						throw ex;
					}
					expansion.members().add(new SourceFileItem(member.path(), member.name(), ex));
					continue;
				}
				deleteQuietly(member.path());
			}
			else {
				expansion.members().add(member);
			}
		}
	}

	private static boolean isHidden(String member) {
		return SourceRules.isClutterPath(member);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Removed with its folder.
		}
	}

	/**
	 * The members of an expanded archive, in a folder of their own that {@link #close()}
	 * deletes.
	 */
	public static final class Expansion implements AutoCloseable {

		private final Path folder;

		private final List<SourceFileItem> members = new ArrayList<>();

		private int files;

		Expansion(Path folder) {
			this.folder = folder;
		}

		/** Where the members are. */
		public Path folder() {
			return this.folder;
		}

		/** The members, readable or refused, in their order in the archive. */
		public List<SourceFileItem> members() {
			return this.members;
		}

		private int nextFile() {
			return ++this.files;
		}

		@Override
		public void close() {
			try {
				PathUtils.deleteDirectory(this.folder);
			}
			catch (IOException ex) {
				// Best effort: the work folder is temporary.
			}
		}

	}

}
