package cn.guifan.registry.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * An Atom feed document (RFC 4287) as values, written as XML. Knows nothing of documents:
 * {@link ChangeFeeds} fills it in.
 *
 * @param id the feed's id (an IRI)
 * @param title its title
 * @param subtitle what it holds
 * @param updated when it last changed
 * @param author the registry, author of every entry
 * @param links self, alternate and the RFC 5005 paging links
 * @param entries newest first
 */
record AtomFeed(String id, String title, String subtitle, Instant updated, String author, List<Link> links,
		List<Entry> entries) {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	/**
	 * A link.
	 *
	 * @param rel its relation (self, alternate, first, next, previous, related)
	 * @param href where
	 * @param type the media type there, if known
	 */
	record Link(String rel, String href, @Nullable String type) {
	}

	/**
	 * A category.
	 *
	 * @param term its code
	 * @param scheme the vocabulary
	 * @param label in Chinese
	 */
	record Category(String term, String scheme, String label) {
	}

	/**
	 * An entry.
	 *
	 * @param id its id (an IRI), the same in every feed that lists it
	 * @param title what changed, in a line
	 * @param updated when it was recorded
	 * @param summary the change in a few sentences
	 * @param links the document's page and its JSON
	 * @param categories the kind of change and of document
	 */
	record Entry(String id, String title, Instant updated, String summary, List<Link> links,
			List<Category> categories) {
	}

	String toXml() {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("xml:lang", "zh-CN");
			text(xml, "id", this.id);
			text(xml, "title", this.title);
			text(xml, "subtitle", this.subtitle);
			text(xml, "updated", time(this.updated));
			xml.writeStartElement("author");
			text(xml, "name", this.author);
			xml.writeEndElement();
			xml.writeStartElement("generator");
			xml.writeAttribute("uri", "https://guifan.cn/");
			xml.writeCharacters("Guifan");
			xml.writeEndElement();
			for (Link link : this.links) {
				link(xml, link);
			}
			for (Entry e : this.entries) {
				xml.writeStartElement("entry");
				text(xml, "id", e.id());
				text(xml, "title", e.title());
				text(xml, "updated", time(e.updated()));
				text(xml, "published", time(e.updated()));
				xml.writeStartElement("summary");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(clean(e.summary()));
				xml.writeEndElement();
				for (Link link : e.links()) {
					link(xml, link);
				}
				for (Category c : e.categories()) {
					xml.writeEmptyElement("category");
					xml.writeAttribute("term", c.term());
					xml.writeAttribute("scheme", c.scheme());
					xml.writeAttribute("label", clean(c.label()));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the feed", ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, Link link) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", link.rel());
		xml.writeAttribute("href", link.href());
		if (link.type() != null) {
			xml.writeAttribute("type", link.type());
		}
	}

	/** RFC 3339, in UTC, to the second. */
	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	/**
	 * Characters XML 1.0 cannot hold (control characters from a damaged file) are
	 * dropped.
	 */
	private static String clean(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
