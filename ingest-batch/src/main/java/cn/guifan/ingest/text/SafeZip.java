package cn.guifan.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks a zip file member by member, within {@link ReadLimits}: no more members, no
 * more bytes and no higher compression ratio than allowed, counted on the bytes actually
 * inflated (a zip's headers can lie), and never a write outside the folder the caller
 * chose. Used for zip archives (by ingest) and for OFD packages (by {@link OfdParser}).
 * <p>
 * Member names are decoded the way Chinese archives need: UTF-8 when the archive says so
 * or the bytes are valid UTF-8, GB18030 otherwise (zips made on Chinese Windows store GBK
 * names without a flag). Names are normalised to forward slashes, without empty or
 * {@code .} segments; a name with {@code ..} or an absolute path is refused.
 */
public final class SafeZip {

	/** Ratios are judged once a member has expanded past this many bytes. */
	static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private static final int BUFFER = 64 * 1024;

	private SafeZip() {
	}

	/**
	 * What an archive and the archives inside it have used of the limits so far.
	 */
	public static final class Budget {

		private final ReadLimits limits;

		private final String archive;

		private int entries;

		private long bytes;

		/**
		 * @param limits the limits
		 * @param archive the outermost archive, as a run names it, for messages
		 */
		public Budget(ReadLimits limits, String archive) {
			this.limits = limits;
			this.archive = archive;
		}

		/** The outermost archive, as the run names it. */
		public String archive() {
			return this.archive;
		}

		public ReadLimits limits() {
			return this.limits;
		}

		public int entries() {
			return this.entries;
		}

		public long bytes() {
			return this.bytes;
		}

		void countEntry() throws UnreadableFileException {
			if (++this.entries > this.limits.maxArchiveEntries()) {
				throw limit("成员超过 " + this.limits.maxArchiveEntries() + " 个");
			}
		}

		void countBytes(long n) throws UnreadableFileException {
			this.bytes += n;
			if (this.bytes > this.limits.maxArchiveBytes()) {
				throw limit("解压后超过 " + this.limits.maxArchiveBytes() + " 字节");
			}
		}

		UnreadableFileException limit(String detail) {
			return new UnreadableFileException(ReadError.ARCHIVE_LIMIT, this.archive, detail + "（可能是压缩炸弹）");
		}

	}

	/** Decides, member by member, where a member goes. */
	public interface Visitor {

		/**
		 * Where to write a member, or {@code null} to leave it out.
		 * @param name the member's normalised name within its archive
		 */
		@Nullable Path target(String name) throws IOException;

		/**
		 * A member that cannot be unpacked: encrypted, compressed with a method Java
		 * cannot inflate, or with an unsafe name.
		 */
		void refused(String name, ReadError error, String detail) throws UnreadableFileException;

	}

	/**
	 * Unpacks the members of {@code zip} in their order in the file.
	 * @param zip the zip file
	 * @param name how the run names the zip, for messages
	 * @param budget the limits, shared with the archives this one is nested in
	 * @param visitor where members go
	 * @throws UnreadableFileException {@link ReadError#ARCHIVE_LIMIT} when a limit is
	 * passed, {@link ReadError#CORRUPT_FILE} when the zip cannot be read
	 */
	public static void unpack(Path zip, String name, Budget budget, Visitor visitor) throws UnreadableFileException {
		try (ZipFile file = ZipFile.builder().setPath(zip).setUseUnicodeExtraFields(true).get()) {
			List<ZipArchiveEntry> entries = new ArrayList<>();
			for (Enumeration<ZipArchiveEntry> e = file.getEntriesInPhysicalOrder(); e.hasMoreElements();) {
				ZipArchiveEntry entry = e.nextElement();
				if (!entry.isDirectory() && !entry.isUnixSymlink()) {
					entries.add(entry);
				}
			}
			if (budget.entries + entries.size() > budget.limits.maxArchiveEntries()) {
				throw budget.limit("成员超过 " + budget.limits.maxArchiveEntries() + " 个");
			}
			for (ZipArchiveEntry entry : entries) {
				unpackEntry(file, entry, name, budget, visitor);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException(ReadError.CORRUPT_FILE, name,
					"无法按 zip 压缩包读取（" + TextExtractor.rootMessage(ex) + "）", ex);
		}
	}

	private static void unpackEntry(ZipFile file, ZipArchiveEntry entry, String archive, Budget budget, Visitor visitor)
			throws IOException, UnreadableFileException {
		String raw = decodeName(entry);
		String normalised = normalise(raw);
		if (normalised == null) {
			visitor.refused(raw, ReadError.ARCHIVE_LIMIT, "成员路径不安全（" + raw + "），可能试图写到压缩包之外");
			return;
		}
		budget.countEntry();
		if (entry.getGeneralPurposeBit().usesEncryption()) {
			visitor.refused(normalised, ReadError.ENCRYPTED, "压缩包中的文件设有密码");
			return;
		}
		if (!file.canReadEntryData(entry)) {
			visitor.refused(normalised, ReadError.UNSUPPORTED_TYPE, "压缩方法不受支持（" + entry.getMethod() + "）");
			return;
		}
		Path target = visitor.target(normalised);
		if (target == null) {
			return;
		}
		long compressed = Math.max(1, entry.getCompressedSize());
		long written = 0;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				out.write(buffer, 0, n);
				written += n;
				budget.countBytes(n);
				if (written > RATIO_GRACE_BYTES && written / compressed > budget.limits.maxCompressionRatio()) {
					throw budget
						.limit(archive + "!/" + normalised + " 的压缩比超过 " + budget.limits.maxCompressionRatio() + ":1");
				}
			}
		}
	}

	private static String decodeName(ZipArchiveEntry entry) {
		if (entry.getGeneralPurposeBit().usesUTF8ForNames()
				|| entry.getNameSource() == ZipArchiveEntry.NameSource.UNICODE_EXTRA_FIELD) {
			return entry.getName();
		}
		byte[] raw = entry.getRawName();
		if (raw == null) {
			return entry.getName();
		}
		return ChineseEncodingDetector.decodes(raw, StandardCharsets.UTF_8) ? new String(raw, StandardCharsets.UTF_8)
				: new String(raw, ChineseEncodingDetector.GB18030);
	}

	/**
	 * The name with forward slashes and without empty or {@code .} segments, or
	 * {@code null} when it climbs out ({@code ..}) or is absolute.
	 */
	static @Nullable String normalise(String name) {
		String slashed = name.replace('\\', '/');
		if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (String segment : slashed.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..") || segment.indexOf('\0') >= 0) {
				return null;
			}
			if (out.length() > 0) {
				out.append('/');
			}
			out.append(segment);
		}
		return (out.length() == 0) ? null : out.toString();
	}

}
