package cn.guifan.registry.campaign;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import org.springframework.stereotype.Component;

/**
 * The published result of a campaign, for everyone: the decision and its lists as the
 * asker may see them. Anonymous users and departments get the lists without the documents
 * that are not public (依申请公开, 不予公开), counted but not named; the bureau gets them all.
 */
@Component
class PublishedResults {

	private final CampaignStore store;

	private final Documents documents;

	PublishedResults(CampaignStore store, Documents documents) {
		this.store = store;
		this.documents = documents;
	}

	/** The campaign, if its result is published. */
	Campaign published(long id) {
		return this.store.campaign(id)
			.filter((c) -> c.state() == CampaignState.PUBLISHED)
			.orElseThrow(() -> new CampaignNotFoundException("找不到编号为 " + id + " 的已发布清理结果"));
	}

	DecisionText decision(Campaign campaign) {
		String basis = (campaign.basisText() != null) ? campaign.basisText() : (campaign.basisDocumentId() != null)
				? this.documents.summary(campaign.basisDocumentId()).map(DocumentSummary::cause).orElse(null) : null;
		return DecisionText.of(nonNull(campaign.decisionTitle()), nonNull(campaign.decisionDocNumber()),
				nonNull(campaign.decisionIssuer()), java.util.Objects.requireNonNull(campaign.decisionDate()),
				campaign.name(), basis, this.store.results(campaign.id()), !Access.isBureau());
	}

	private static String nonNull(@org.jspecify.annotations.Nullable String s) {
		return (s != null) ? s : "";
	}

}
