package cn.guifan.registry.search;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.search.query.SearchHit;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Maps the search index's hits to the API's. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface DocumentHitMapper {

	@Mapping(target = "id", source = "documentId")
	@Mapping(target = "statusLabel", source = "status", qualifiedByName = "statusLabel")
	@Mapping(target = "url", source = "documentId", qualifiedByName = "documentUrl")
	@Mapping(target = "validityNote", source = ".", qualifiedByName = "validityNote")
	DocumentHit toApi(SearchHit hit);

	/**
	 * The end of a hit's time in force in words, ahead or behind: a pending repeal is
	 * 将于…废止, never an expiry date.
	 */
	@Named("validityNote")
	default @Nullable String validityNote(SearchHit hit) {
		LocalDate last = hit.inForceUntil();
		if (last == null || hit.endsAs() == null) {
			return null;
		}
		LocalDate end = last.plusDays(1);
		boolean ended = DocumentStatus.valueOf(hit.status()) == DocumentStatus.valueOf(hit.endsAs());
		return switch (DocumentStatus.valueOf(hit.endsAs())) {
			case REPEALED -> ended ? end + " 起废止" : "将于 " + end + " 废止";
			case AMENDED -> ended ? end + " 起被修改" : "将于 " + end + " 被修改";
			default -> ended ? "有效期至 " + last + "（已届满）" : "有效期至 " + last;
		};
	}

	@Named("statusLabel")
	default String statusLabel(String status) {
		return DocumentStatus.valueOf(status).label();
	}

	@Named("documentUrl")
	default String documentUrl(String documentId) {
		return "/documents/" + documentId;
	}

}
