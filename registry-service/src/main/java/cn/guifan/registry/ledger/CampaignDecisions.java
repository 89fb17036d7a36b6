package cn.guifan.registry.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger and collections need from cleanup campaigns (清理): each document's last
 * campaign and its decision, and a campaign's 继续有效 list. The ledger implements it from
 * published campaign results ({@link CampaignLedgerDecisions}).
 */
public interface CampaignDecisions {

	/** The last campaign decision about each document that has one. */
	Map<Long, Decision> lastDecisions(Collection<Long> documentIds);

	/**
	 * The documents a campaign's published decision keeps in force (继续有效目录), or empty
	 * when there is no such campaign (or it has no published decision yet).
	 * @param campaign the campaign's id or name
	 */
	Optional<List<Long>> continuedInForce(String campaign);

	/**
	 * A campaign's decision on a document.
	 *
	 * @param campaign the campaign's name (2024年规范性文件全面清理)
	 * @param decision 继续有效, 修改, 废止 or 宣布失效
	 * @param decidedOn when it was decided or published
	 */
	record Decision(String campaign, String decision, LocalDate decidedOn) {
	}

}
