package cn.guifan.registry.search;

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
	DocumentHit toApi(SearchHit hit);

	@Named("statusLabel")
	default String statusLabel(String status) {
		return DocumentStatus.valueOf(status).label();
	}

	@Named("documentUrl")
	default String documentUrl(String documentId) {
		return "/documents/" + documentId;
	}

}
