package cn.guifan.registry.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's department accounts ({@code guifan demo}, which loads the samples): one per
 * organ of the sample documents of 青禾县, so that a whole cleanup campaign can be run over
 * the samples from the pages. Created when missing, with generated passwords appended to
 * {@code <data>/initial-credentials.txt}.
 */
@Component
@ConditionalOnProperty(name = "guifan.samples.load", havingValue = "true")
class DemoDepartmentAccounts implements InitialAccounts {

	/** Login name and department. */
	static final List<List<String>> DEPARTMENTS = List.of(List.of("qh-zhengfu", "青禾县人民政府"),
			List.of("qh-zhengfuban", "青禾县人民政府办公室"), List.of("qh-minzheng", "青禾县民政局"),
			List.of("qh-shijianju", "青禾县市场监督管理局"), List.of("qh-zhujian", "青禾县住房和城乡建设局"),
			List.of("qh-caizheng", "青禾县财政局"), List.of("qh-nongye", "青禾县农业农村局"), List.of("qh-ziran", "青禾县自然资源局"),
			List.of("qh-jiaoyu", "青禾县教育局"), List.of("qh-shengtai", "丰原市生态环境局青禾分局"));

	@Override
	public List<Accounts.NewAccount> accounts() {
		return DEPARTMENTS.stream()
			.map((d) -> new Accounts.NewAccount(d.get(0), List.of(Roles.DEPARTMENT), d.get(1), d.get(1), null))
			.toList();
	}

}
