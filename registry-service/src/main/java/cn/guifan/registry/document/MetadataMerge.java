package cn.guifan.registry.document;

import java.util.List;
import java.util.function.Function;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * What one more copy of a document adds to what the registry knows: a disclosure page
 * gives the 发布日期, 索引号 and 主题分类 that the attached file does not print; the file gives the
 * structure a page may lose. Known values are kept; only what is missing is filled.
 */
final class MetadataMerge {

	private MetadataMerge() {
	}

	static DocumentMetadata fillMissing(DocumentMetadata known, DocumentMetadata other) {
		DocumentMetadata.Builder b = known.toBuilder();
		if (known.docNumber() == null) {
			b.docNumber(other.docNumber());
		}
		b.issuers(orOther(known, other, DocumentMetadata::issuers));
		b.addressees(orOther(known, other, DocumentMetadata::addressees));
		if (known.signedDate() == null) {
			b.signedDate(other.signedDate());
		}
		if (known.publishedDate() == null) {
			b.publishedDate(other.publishedDate());
		}
		if (known.commencement() == null) {
			b.commencement(other.commencement());
		}
		if (known.effectiveDate() == null) {
			b.effectiveDate(other.effectiveDate());
		}
		if (known.validity() == null) {
			b.validity(other.validity());
		}
		if (known.expiryDate() == null) {
			b.expiryDate(other.expiryDate());
		}
		if (known.disclosure() == null) {
			b.disclosure(other.disclosure());
		}
		b.history(orOther(known, other, DocumentMetadata::history));
		b.repeals(orOther(known, other, DocumentMetadata::repeals));
		b.citations(orOther(known, other, DocumentMetadata::citations));
		b.structure(orOther(known, other, DocumentMetadata::structure));
		if (known.issuedLine() == null) {
			b.issuedLine(other.issuedLine());
		}
		b.attachments(orOther(known, other, DocumentMetadata::attachments));
		if (known.indexNumber() == null) {
			b.indexNumber(other.indexNumber());
		}
		if (known.topic() == null) {
			b.topic(other.topic());
		}
		return b.build();
	}

	private static <T> List<T> orOther(DocumentMetadata known, DocumentMetadata other,
			Function<DocumentMetadata, List<T>> field) {
		List<T> value = field.apply(known);
		return value.isEmpty() ? field.apply(other) : value;
	}

}
