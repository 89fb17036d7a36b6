package cn.guifan.registry.campaign;

import cn.guifan.registry.security.CurrentUser;
import cn.guifan.registry.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and do what in campaigns. The justice bureau (registrars, administrators)
 * sees and does everything; a department account sees the campaigns under way in which
 * its organ has items, and only those items (its organ, {@link CurrentUser#organization},
 * is the item's responsible organ); nobody else sees campaigns until their results are
 * published.
 */
final class Access {

	private Access() {
	}

	static boolean isBureau() {
		return CurrentUser.hasRole(Roles.REGISTRAR) || CurrentUser.hasRole(Roles.ADMIN);
	}

	/** The asker's department, when the asker is department staff. */
	static @Nullable String department() {
		return CurrentUser.hasRole(Roles.DEPARTMENT) ? CurrentUser.organization() : null;
	}

	/** Who is acting, for the history and the audit log. */
	static String actor() {
		return CurrentUser.name();
	}

	static void requireBureau(String what) {
		if (!isBureau()) {
			throw new CampaignForbiddenException("只有司法局登记人员可以" + what);
		}
	}

	/** The campaign, if the asker may see it at all. */
	static Campaign visible(Campaign campaign, boolean hasItemsOfDepartment) {
		if (isBureau()) {
			return campaign;
		}
		boolean departmentSees = department() != null && hasItemsOfDepartment
				&& (campaign.state().isUnderWay() || campaign.state() == CampaignState.PUBLISHED);
		if (!departmentSees) {
			throw CampaignNotFoundException.campaign(campaign.id());
		}
		return campaign;
	}

	/** Whether the asker may see and propose on this item. */
	static boolean maySee(Item item) {
		if (isBureau()) {
			return true;
		}
		String department = department();
		return department != null && department.equals(item.responsibleOrgan());
	}

	/** The item, if the asker may see it. */
	static Item visible(Item item) {
		if (!maySee(item)) {
			throw CampaignNotFoundException.item(item.campaignId(), item.documentId());
		}
		return item;
	}

	/** The organ whose items the asker sees: null for the bureau (all of them). */
	static @Nullable String organFilter() {
		if (isBureau()) {
			return null;
		}
		String department = department();
		// An account that is neither sees nothing: an organ no item has.
		return (department != null) ? department : "\u0000";
	}

}
