package cn.guifan.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.io.file.PathUtils;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of OFD files (GB/T 33190, China's fixed-layout format for official
 * documents) with ofdrw, as a Tika parser for {@code application/ofd} (recognised by
 * {@link OfdDetector}). Registered in {@code META-INF/services}, so a plain
 * {@code new AutoDetectParser()} reads OFD too.
 * <p>
 * The package is unpacked with {@link SafeZip} (limits, no path traversal) into a
 * temporary folder that ofdrw then reads; ofdrw's own unpacking is not used. Text comes
 * out page by page, one paragraph per text object in page order; template pages
 * (letterheads) are left out by ofdrw. Signatures, annotations and attachments are not
 * read. A package ofdrw cannot make sense of is reported as a {@link TikaException}.
 */
public final class OfdParser implements Parser {

	private static final long serialVersionUID = 1L;

	private static final Set<MediaType> TYPES = Set.of(OfdDetector.OFD);

	private final ReadLimits limits;

	public OfdParser() {
		this(ReadLimits.DEFAULT);
	}

	public OfdParser(ReadLimits limits) {
		this.limits = limits;
	}

	@Override
	public Set<MediaType> getSupportedTypes(ParseContext context) {
		return TYPES;
	}

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
		name = (name != null) ? name : "ofd";
		try (TemporaryResources tmp = new TemporaryResources()) {
			Path file = TikaInputStream.get(stream, tmp, metadata).getPath();
			Path folder = Files.createTempDirectory("guifan-ofd-");
			try {
				unpack(file, name, folder);
				List<List<String>> pages = read(folder);
				XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
				xhtml.startDocument();
				for (List<String> page : pages) {
					xhtml.startElement("div", "class", "page");
					for (String text : page) {
						xhtml.element("p", text);
					}
					xhtml.endElement("div");
				}
				xhtml.endDocument();
			}
			finally {
				PathUtils.deleteDirectory(folder);
			}
		}
	}

	private void unpack(Path file, String name, Path folder) throws TikaException {
		try {
			SafeZip.unpack(file, name, new SafeZip.Budget(this.limits, name), new SafeZip.Visitor() {
				@Override
				public Path target(String member) throws IOException {
					Path target = folder.resolve(member).normalize();
					if (!target.startsWith(folder)) {
						throw new IOException("unsafe member " + member);
					}
					Files.createDirectories(target.getParent());
					return target;
				}

				@Override
				public void refused(String member, ReadError error, String detail) throws UnreadableFileException {
					throw new UnreadableFileException(error, name, "OFD 包中的 " + member + "：" + detail);
				}
			});
		}
		catch (UnreadableFileException ex) {
			throw new TikaException("OFD 包无法展开：" + ex.getMessage(), ex);
		}
	}

	private static List<List<String>> read(Path folder) throws TikaException {
		try (OFDReader reader = new OFDReader(folder.toString(), false)) {
			ContentExtractor extractor = new ContentExtractor(reader);
			int pages = reader.getNumberOfPages();
			List<List<String>> text = new java.util.ArrayList<>(pages);
			for (int page = 1; page <= pages; page++) {
				text.add(extractor.getPageContent(page));
			}
			return text;
		}
		catch (IOException | RuntimeException ex) {
			throw new TikaException("OFD 文件无法解析：" + TextExtractor.rootMessage(ex), ex);
		}
	}

}
