package cn.guifan.ingest.text;

import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.detect.zip.StreamingDetectContext;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Recognises an OFD file (GB/T 33190) among zip files: its root holds {@code OFD.xml}.
 * Tika finds it through {@code META-INF/services}, beside its own detectors of zip-based
 * formats (OOXML, OpenDocument …), so {@code AutoDetectParser} sends OFD to
 * {@link OfdParser} whatever the file is called.
 */
public final class OfdDetector implements ZipContainerDetector {

	private static final long serialVersionUID = 1L;

	public static final MediaType OFD = MediaType.application("ofd");

	private static final String ROOT_ENTRY = "OFD.xml";

	@Override
	public @Nullable MediaType detect(ZipFile zip, TikaInputStream input) {
		return (zip.getEntry(ROOT_ENTRY) != null) ? OFD : null;
	}

	@Override
	public @Nullable MediaType streamingDetectUpdate(ZipArchiveEntry entry, InputStream input,
			StreamingDetectContext context) {
		return ROOT_ENTRY.equals(entry.getName()) ? OFD : null;
	}

	@Override
	public @Nullable MediaType streamingDetectFinal(StreamingDetectContext context) {
		return null;
	}

}
