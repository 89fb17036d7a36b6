package cn.guifan.registry.document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.MetadataField;

/**
 * What one more copy of a document adds to what the registry knows: a disclosure page
 * gives the 发布日期, 索引号 and 主题分类 that the attached file does not print. Known values are
 * kept; only what is missing is filled. The structure is no part of it: the registry
 * keeps no structure in its record ({@link DocumentJson#toJsonString}), so a copy that
 * brings one would change a record that does not change.
 */
final class MetadataMerge {

	private MetadataMerge() {
	}

	static DocumentMetadata fillMissing(DocumentMetadata known, DocumentMetadata other) {
		DocumentMetadata.Builder b = known.toBuilder();
		Set<MetadataField> filled = EnumSet.noneOf(MetadataField.class);
		if (known.docNumber() == null && other.docNumber() != null) {
			b.docNumber(other.docNumber());
			filled.add(MetadataField.DOC_NUMBER);
		}
		if (known.issuers().isEmpty() && !other.issuers().isEmpty()) {
			b.issuers(other.issuers());
			filled.add(MetadataField.ISSUERS);
		}
		if (known.addressees().isEmpty() && !other.addressees().isEmpty()) {
			b.addressees(other.addressees());
			filled.add(MetadataField.ADDRESSEES);
		}
		if (known.signedDate() == null && other.signedDate() != null) {
			b.signedDate(other.signedDate());
			filled.add(MetadataField.SIGNED_DATE);
		}
		if (known.publishedDate() == null && other.publishedDate() != null) {
			b.publishedDate(other.publishedDate());
			filled.add(MetadataField.PUBLISHED_DATE);
		}
		if (known.commencement() == null) {
			b.commencement(other.commencement());
		}
		if (known.effectiveDate() == null && other.effectiveDate() != null) {
			b.effectiveDate(other.effectiveDate());
			filled.add(MetadataField.EFFECTIVE_DATE);
		}
		if (known.validity() == null && other.validity() != null) {
			b.validity(other.validity());
			filled.add(MetadataField.VALIDITY);
		}
		if (known.expiryDate() == null && other.expiryDate() != null) {
			b.expiryDate(other.expiryDate());
			filled.add(MetadataField.EXPIRY_DATE);
		}
		if (known.disclosure() == null && other.disclosure() != null) {
			b.disclosure(other.disclosure());
			filled.add(MetadataField.DISCLOSURE);
		}
		b.history(orOther(known, other, DocumentMetadata::history));
		b.repeals(orOther(known, other, DocumentMetadata::repeals));
		b.citations(orOther(known, other, DocumentMetadata::citations));
		if (known.issuedLine() == null) {
			b.issuedLine(other.issuedLine());
		}
		b.attachments(orOther(known, other, DocumentMetadata::attachments));
		if (known.indexNumber() == null && other.indexNumber() != null) {
			b.indexNumber(other.indexNumber());
			filled.add(MetadataField.INDEX_NUMBER);
		}
		if (known.topic() == null && other.topic() != null) {
			b.topic(other.topic());
			filled.add(MetadataField.TOPIC);
		}
		// A filled field keeps where the other copy found it; the site's table of a page
		// copy is kept when the known copy had none.
		for (MetadataField field : filled) {
			FieldProvenance origin = other.provenanceOf(field);
			if (origin != null) {
				b.provenance(field, origin);
			}
		}
		if (known.siteFields().isEmpty() && !other.siteFields().isEmpty()) {
			b.siteFields(other.siteFields());
			b.disagreements(other.disagreements());
		}
		return b.build();
	}

	private static <T> List<T> orOther(DocumentMetadata known, DocumentMetadata other,
			Function<DocumentMetadata, List<T>> field) {
		List<T> value = field.apply(known);
		return value.isEmpty() ? field.apply(other) : value;
	}

}
