package cn.guifan.registry.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.guifan.registry.GuifanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The campaign benchmark: a registry of N documents (default 10,000) from ten organs,
 * each with a text, a validity period for every fifth, 暂行 titles for every seventh, and a
 * basis relation to an upper-level document that was later repealed for every eleventh;
 * then (a) the scope preview with every candidate flag over all of them, (b) creating the
 * campaign (scope, flags and items stored), and (c) publication of a campaign of D
 * decisions (default 2,000; a quarter each 继续有效, 修改, 废止, 宣布失效), timed alone (proposals
 * and reviews are set up through the service but not timed). Each step runs once, cold,
 * as a registrar meets it. Run with
 * {@code scripts/benchmark campaign [--documents 10000] [--decisions 2000]}.
 */
public final class CampaignBenchmark {

	private static final String[] ORGANS = { "青禾县人民政府", "青禾县人民政府办公室", "青禾县市场监督管理局", "青禾县教育局", "青禾县财政局", "青禾县住房和城乡建设局",
			"青禾县农业农村局", "青禾县卫生健康局", "青禾县民政局", "青禾县交通运输局" };

	/**
	 * Twenty fields times twenty matters: 400 subjects, about 25 documents each at
	 * 10,000.
	 */
	private static final String[] FIELDS = { "农村", "城市", "校园", "社区", "道路", "河道", "集贸市场", "景区", "工业园区", "医疗机构", "养老机构",
			"建筑工地", "物业小区", "客运站", "林区", "渔港", "商业街区", "物流园区", "电商平台", "文化场馆" };

	private static final String[] MATTERS = { "环境卫生", "安全生产", "消防安全", "停车收费", "占道经营", "垃圾分类", "广告招牌", "噪声污染", "用电用水",
			"疫情防控", "食品安全", "价格监督", "资金补助", "人员培训", "信息公开", "应急处置", "设施维护", "绿化养护", "档案保管", "志愿服务" };

	private CampaignBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = 10_000;
		int decisions = 2_000;
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("--documents")) {
				documents = Integer.parseInt(args[i + 1]);
			}
			if (args[i].equals("--decisions")) {
				decisions = Integer.parseInt(args[i + 1]);
			}
		}
		Path data = Path.of("target", "bench", "campaign-" + System.currentTimeMillis()).toAbsolutePath();
		Files.createDirectories(data);
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--guifan.data-dir=" + data,
				"--guifan.elasticsearch.enabled=false", "--guifan.indexer.enabled=false", "--logging.level.root=WARN",
				"--logging.level.cn.guifan=WARN")) {
			populate(context.getBean(JdbcTemplate.class), documents);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", "n/a",
						AuthorityUtils.createAuthorityList("ROLE_REGISTRAR")));
			CampaignService campaigns = context.getBean(CampaignService.class);
			Publication publication = context.getBean(Publication.class);
			Scope everything = new Scope(List.of("青禾县"), List.of(), null, null, null, null, List.of(), null);
			List<String> keywords = List.of("证明");

			long start = System.nanoTime();
			List<CampaignService.Candidate> preview = campaigns.preview(everything, keywords);
			double previewSeconds = seconds(start);
			long flagged = preview.stream().filter((c) -> !c.flags().isEmpty()).count();
			long flags = preview.stream().mapToLong((c) -> c.flags().size()).sum();

			start = System.nanoTime();
			Campaign full = campaigns.create(new Requests.Create("全面清理（基准测试）", "COMPREHENSIVE", null, "基准测试", "青禾县人民政府",
					LocalDate.now().plusDays(30), keywords, everything));
			double createSeconds = seconds(start);
			int items = campaigns.items(full.id()).size();

			// Every fifth document has a validity period, and most of those have expired
			// by now:
			// the registry rightly refuses to record 修改, 废止 or 宣布失效 on a document that
			// has already ended, so the decisions go to documents without a period.
			List<Long> decided = new ArrayList<>();
			for (long id = 1; decided.size() < decisions; id++) {
				if ((id - 1) % 5 != 0) {
					decided.add(id);
				}
			}
			Campaign special = campaigns.create(
					new Requests.Create("专项清理（基准测试）", "SPECIAL", null, "基准测试", "青禾县人民政府", LocalDate.now().plusDays(30),
							List.of(), new Scope(List.of(), List.of(), null, null, null, null, decided, null)));
			campaigns.move(special.id(), new Requests.StateChange("ACTIVE", null));
			String[] choices = { "CONTINUE", "AMEND", "REPEAL", "INVALIDATE" };
			for (long id : decided) {
				String decision = choices[(int) (id % 4)];
				campaigns.propose(special.id(), id,
						new Requests.Proposal(decision, "基准测试理由", decision.equals("AMEND") ? "第三条" : null, null, null));
			}
			campaigns.move(special.id(), new Requests.StateChange("IN_REVIEW", null));
			campaigns.review(special.id(), new Requests.BulkReview(decided, true, "同意"));
			start = System.nanoTime();
			Campaign published = publication.publish(special.id(),
					new Requests.Publish("青政发〔2099〕1号", LocalDate.now(), "青禾县人民政府"));
			double publishSeconds = seconds(start);

			System.out.println("| step | documents | time (s) |");
			System.out.println("|---|---|---|");
			System.out.printf(Locale.ROOT, "| scope preview with flags (%,d flagged, %,d flags) | %,d | %.1f |%n",
					flagged, flags, preview.size(), previewSeconds);
			System.out.printf(Locale.ROOT, "| create campaign (scope, flags, items stored) | %,d | %.1f |%n", items,
					createSeconds);
			System.out.printf(Locale.ROOT, "| publication (%s: DOCX, XLSX, statuses, audit) | %,d | %.1f |%n",
					published.state().label(), decided.size(), publishSeconds);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void populate(JdbcTemplate jdbc, int n) {
		Timestamp now = Timestamp.from(Instant.now());
		// Ten upper-level documents, repealed in 2024, that every eleventh document is
		// based on.
		List<Object[]> uppers = new ArrayList<>();
		for (int u = 0; u < 10; u++) {
			LocalDate signed = LocalDate.of(2010, 1 + u, 1);
			uppers.add(new Object[] { n + 1L + u, "上位规定第" + u + "号", "上级规〔2010〕" + (u + 1) + "号",
					"上级规〔2010〕" + (u + 1) + "号", "NORMATIVE_DOCUMENT", "基准测试", Date.valueOf(signed), null,
					Date.valueOf(signed), false, "{}", now, now });
		}
		insertDocuments(jdbc, uppers);
		List<Object[]> upperEvents = new ArrayList<>();
		for (int u = 0; u < 10; u++) {
			upperEvents.add(new Object[] { n + 1L + u, "REPEALED", Date.valueOf(LocalDate.of(2024, 3, 1)), now });
		}
		insertEvents(jdbc, upperEvents);
		int batch = 1000;
		for (int from = 0; from < n; from += batch) {
			int to = Math.min(n, from + batch);
			List<Object[]> documents = new ArrayList<>();
			List<Object[]> issuers = new ArrayList<>();
			List<Object[]> versions = new ArrayList<>();
			List<Object[]> events = new ArrayList<>();
			List<Object[]> relations = new ArrayList<>();
			for (int k = from; k < to; k++) {
				long id = k + 1L;
				LocalDate signed = LocalDate.of(2012 + k % 14, 1 + k % 12, 1 + k % 28);
				LocalDate expiry = (k % 5 == 0) ? signed.plusYears(5) : null;
				String subject = FIELDS[k % FIELDS.length] + MATTERS[(k / FIELDS.length) % MATTERS.length];
				String title = "青禾县" + subject + ((k % 7 == 0) ? "暂行办法" : "管理办法");
				String number = "青规〔" + (2012 + k % 14) + "〕" + (k / 14 + 1) + "号";
				documents.add(new Object[] { id, title, number, number, "NORMATIVE_DOCUMENT", "基准测试",
						Date.valueOf(signed), (expiry != null) ? Date.valueOf(expiry) : null,
						Date.valueOf(signed.plusMonths(1)), k % 7 == 0, "{}", now, now });
				issuers.add(new Object[] { id, 0, ORGANS[k % ORGANS.length] });
				String text = "第一条 为规范" + subject + "，制定本办法。\n"
						+ ((k % 3 == 0) ? "第二条 申请人应当提交户籍证明和收入证明。\n" : "第二条 申请人应当提交申请书。\n") + "第三条 本办法自发布之日起施行。\n";
				versions.add(new Object[] { id, 1, Date.valueOf(signed.plusMonths(1)), text, "x".repeat(64), now });
				events.add(new Object[] { id, "PUBLISHED", Date.valueOf(signed), now });
				events.add(new Object[] { id, "EFFECTIVE", Date.valueOf(signed.plusMonths(1)), now });
				if (k % 11 == 0) {
					relations.add(new Object[] { id, n + 1L + (k % 10) });
				}
			}
			insertDocuments(jdbc, documents);
			jdbc.batchUpdate("INSERT INTO document_issuer (document_id, ordinal, name) VALUES (?, ?, ?)", issuers);
			jdbc.batchUpdate(
					"""
							INSERT INTO document_version (document_id, version_no, valid_from, text_content, text_sha256, created_at)
							VALUES (?, ?, ?, ?, ?, ?)
							""",
					versions);
			insertEvents(jdbc, events);
			jdbc.batchUpdate("""
					INSERT INTO document_relation (from_document_id, relation_type, to_document_id, created_at)
					VALUES (?, 'BASED_ON', ?, CURRENT_TIMESTAMP)
					""", relations);
		}
		jdbc.execute("ALTER TABLE document ALTER COLUMN id RESTART WITH " + (n + 11));
	}

	private static void insertDocuments(JdbcTemplate jdbc, List<Object[]> rows) {
		jdbc.batchUpdate("""
				INSERT INTO document (id, title, doc_number, doc_number_normalized, kind, kind_reason, signed_date,
				       expiry_date, effective_date, trial, metadata_json, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	private static void insertEvents(JdbcTemplate jdbc, List<Object[]> rows) {
		jdbc.batchUpdate("""
				INSERT INTO lifecycle_event (document_id, event_type, event_date, origin, recorded_by, reason,
				       recorded_at)
				VALUES (?, ?, ?, 'BENCH', 'bench', 'benchmark', ?)
				""", rows);
	}

}
