package cn.guifan.registry.campaign;

/**
 * No campaign (or no item of it) by that number that the asker may see: a department
 * asking for another organ's item gets this too, so that it learns nothing of it.
 */
class CampaignNotFoundException extends RuntimeException {

	CampaignNotFoundException(String message) {
		super(message);
	}

	static CampaignNotFoundException campaign(long id) {
		return new CampaignNotFoundException("找不到编号为 " + id + " 的清理任务");
	}

	static CampaignNotFoundException item(long campaignId, long documentId) {
		return new CampaignNotFoundException("清理任务 " + campaignId + " 中没有由您负责的文件 " + documentId);
	}

}
