package cn.guifan.registry.support;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks an Atom document the way a feed validator does: against the RELAX NG schema of
 * RFC 4287 (with Jing), then the rules the schema cannot say (section 4.1): one id, title
 * and updated per feed and entry, an author for every entry, content or an alternate link
 * in every entry, ids that are absolute IRIs and unique, RFC 3339 dates with an offset.
 */
public final class AtomValidator {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomValidator() {
	}

	/** What is wrong with the document; empty when it is valid Atom. */
	public static List<String> problems(String xml) {
		List<String> problems = new ArrayList<>();
		try {
			URL schema = AtomValidator.class.getResource("/atom/atom.rnc");
			PropertyMapBuilder properties = new PropertyMapBuilder();
			properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
				@Override
				public void warning(SAXParseException ex) {
				}

				@Override
				public void error(SAXParseException ex) {
					problems.add("schema, line " + ex.getLineNumber() + ": " + ex.getMessage());
				}

				@Override
				public void fatalError(SAXParseException ex) {
					problems.add("schema, line " + ex.getLineNumber() + ": " + ex.getMessage());
				}
			});
			ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(),
					CompactSchemaReader.getInstance());
			if (!driver.loadSchema(ValidationDriver.uriOrFileInputSource(schema.toString()))) {
				throw new IllegalStateException("the Atom schema does not load");
			}
			driver.validate(new InputSource(new StringReader(xml)));
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
			Element feed = document.getDocumentElement();
			boolean feedAuthor = !children(feed, "author").isEmpty();
			constructRules(feed, "feed", problems);
			Set<String> ids = new HashSet<>();
			for (Element entry : children(feed, "entry")) {
				String where = "entry " + text(children(entry, "id"));
				constructRules(entry, where, problems);
				if (!ids.add(text(children(entry, "id")))) {
					problems.add(where + ": id used twice in one feed");
				}
				if (!feedAuthor && children(entry, "author").isEmpty()) {
					problems.add(where + ": no author, and the feed has none");
				}
				boolean alternate = children(entry, "link").stream()
					.anyMatch((l) -> "alternate".equals(l.getAttribute("rel")) || l.getAttribute("rel").isEmpty());
				if (children(entry, "content").isEmpty() && !alternate) {
					problems.add(where + ": neither content nor an alternate link");
				}
				if (children(entry, "content").isEmpty() && children(entry, "summary").isEmpty()) {
					problems.add(where + ": no summary and no content");
				}
			}
		}
		catch (Exception ex) {
			problems.add("unreadable: " + ex);
		}
		return problems;
	}

	private static void constructRules(Element element, String where, List<String> problems) {
		for (String single : List.of("id", "title", "updated")) {
			if (children(element, single).size() != 1) {
				problems.add(where + ": needs exactly one " + single);
			}
		}
		for (Element id : children(element, "id")) {
			try {
				if (!URI.create(id.getTextContent().strip()).isAbsolute()) {
					problems.add(where + ": id is not an absolute IRI");
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(where + ": id is no IRI: " + ex.getMessage());
			}
		}
		for (String date : List.of("updated", "published")) {
			for (Element d : children(element, date)) {
				if (!d.getTextContent()
					.strip()
					.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
					problems.add(where + ": " + date + " is not an RFC 3339 date-time: " + d.getTextContent());
				}
			}
		}
	}

	/** The element's Atom children of a name. */
	public static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node n = nodes.item(i);
			if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	private static String text(List<Element> elements) {
		return elements.isEmpty() ? "" : elements.get(0).getTextContent().strip();
	}

}
