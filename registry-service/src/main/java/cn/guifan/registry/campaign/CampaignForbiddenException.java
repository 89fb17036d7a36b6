package cn.guifan.registry.campaign;

/** Something only the justice bureau's registrars may do. */
class CampaignForbiddenException extends RuntimeException {

	CampaignForbiddenException(String message) {
		super(message);
	}

}
