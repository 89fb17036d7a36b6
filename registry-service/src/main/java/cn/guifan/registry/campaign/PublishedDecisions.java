package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The published decisions of campaigns, for other features (the ledger's 最近清理 column, a
 * collection of a campaign's 继续有效 list). Only what has been published: proposals and
 * reviews under way are the campaign's own. It names documents by id and does not filter
 * them by who asks; the feature that shows them applies the visibility rule.
 */
@Component
public class PublishedDecisions {

	private final CampaignStore store;

	PublishedDecisions(CampaignStore store) {
		this.store = store;
	}

	/**
	 * A document's decision in a published campaign.
	 *
	 * @param campaignId the campaign
	 * @param campaign its name (2024年规范性文件全面清理)
	 * @param decision as published: 继续有效, 修改, 废止, 宣布失效, 延长有效期, 到期失效
	 * @param decidedOn the decision's date
	 */
	public record Published(long campaignId, String campaign, String decision, LocalDate decidedOn) {
	}

	/** Each document's decision in the last published campaign that decided on it. */
	public Map<Long, Published> last(Collection<Long> documentIds) {
		return documentIds.isEmpty() ? Map.of() : this.store.lastPublishedDecisions(documentIds);
	}

	/**
	 * The documents a published campaign keeps in force (its 继续有效 list, in the list's
	 * order), the campaign named by its id or its name (the latest published of that
	 * name); empty when no published campaign is so named.
	 */
	public Optional<List<Long>> continuedInForce(String campaign) {
		String c = campaign.strip();
		Optional<Campaign> found = Optional.empty();
		if (c.matches("\\d{1,18}")) {
			found = this.store.campaign(Long.parseLong(c)).filter((x) -> x.state() == CampaignState.PUBLISHED);
		}
		if (found.isEmpty()) {
			found = this.store.publishedNamed(c).stream().findFirst();
		}
		return found.map((x) -> this.store.results(x.id())
			.stream()
			.filter((r) -> r.list() == Decision.CONTINUE)
			.map(ResultRow::documentId)
			.toList());
	}

}
