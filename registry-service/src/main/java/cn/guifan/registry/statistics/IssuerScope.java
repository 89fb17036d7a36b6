package cn.guifan.registry.statistics;

import java.util.List;

/**
 * Whose documents a government's statistics count. Its own are those of the government
 * and its office (青禾县人民政府, 青禾县人民政府办公室); with its departments, those of every organ named
 * after its place (青禾县财政局, 青禾县教育局…). A joint document counts when any of its issuers is
 * in scope.
 *
 * @param government the government's name as given
 * @param place the place it governs (青禾县), the prefix of its departments' names
 * @param departments whether its departments count
 */
record IssuerScope(String government, String place, boolean departments) {

	static IssuerScope of(String government, boolean departments) {
		String place = government.endsWith("人民政府") ? government.substring(0, government.length() - 4) : government;
		return new IssuerScope(government, place, departments);
	}

	boolean includes(List<String> issuers) {
		for (String issuer : issuers) {
			if (issuer.startsWith(this.government) || (this.departments && issuer.startsWith(this.place))) {
				return true;
			}
		}
		return false;
	}

}
