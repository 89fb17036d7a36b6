package cn.guifan.registry.campaign;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The campaign tables ({@code campaign}, {@code campaign_item},
 * {@code campaign_item_history}, {@code campaign_upload}, {@code campaign_result}): the
 * only place that reads or writes them. Callers hold the transaction. Writes that depend
 * on a state say so in their WHERE clause and report whether they happened, so two people
 * acting at once cannot both win.
 */
@Repository
class CampaignStore {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {
	};

	private static final TypeReference<List<Upload.Row>> ROWS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CampaignStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	// Campaigns

	/**
	 * A campaign to create.
	 *
	 * @param name 名称
	 * @param kind kind
	 * @param basisDocumentId the registry document it is based on
	 * @param basisText what it is based on, as printed
	 * @param government who decides the result
	 * @param deadline proposals due
	 * @param keywords flagged words
	 * @param scope the scope
	 * @param triggerDocumentId the changed upper-level document
	 * @param triggerEvent the change
	 * @param triggerDate its date
	 */
	record NewCampaign(String name, CampaignKind kind, @Nullable Long basisDocumentId, @Nullable String basisText,
			@Nullable String government, LocalDate deadline, List<String> keywords, Scope scope,
			@Nullable Long triggerDocumentId, @Nullable String triggerEvent, @Nullable LocalDate triggerDate) {
	}

	long insertCampaign(NewCampaign c, String actor, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO campaign (name, kind, state, basis_document_id, basis_text, government, deadline, keywords,
				       scope_json, trigger_document_id, trigger_event, trigger_date, created_by, created_at, updated_at)
				VALUES (:name, :kind, 'DRAFT', :basis, :basisText, :government, :deadline, :keywords, :scope, :trigger,
				       :triggerEvent, :triggerDate, :actor, :now, :now)
				""")
			.param("name", c.name())
			.param("kind", c.kind().name())
			.param("basis", c.basisDocumentId())
			.param("basisText", c.basisText())
			.param("government", c.government())
			.param("deadline", Date.valueOf(c.deadline()))
			.param("keywords", c.keywords().isEmpty() ? null : String.join("，", c.keywords()))
			.param("scope", JSON.writeValueAsString(c.scope()))
			.param("trigger", c.triggerDocumentId())
			.param("triggerEvent", c.triggerEvent())
			.param("triggerDate", date(c.triggerDate()))
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
	}

	Optional<Campaign> campaign(long id) {
		return this.jdbc.sql("SELECT * FROM campaign WHERE id = ?").param(id).query(CampaignStore::campaign).optional();
	}

	/** Every campaign, newest first. */
	List<Campaign> campaigns() {
		return this.jdbc.sql("SELECT * FROM campaign ORDER BY id DESC").query(CampaignStore::campaign).list();
	}

	/**
	 * Campaigns under way or published in which the organ is responsible for some item.
	 */
	List<Campaign> campaignsOf(String organ) {
		return this.jdbc.sql("""
				SELECT * FROM campaign c
				 WHERE c.state IN ('ACTIVE', 'IN_REVIEW', 'PUBLISHED')
				   AND EXISTS (SELECT 1 FROM campaign_item i WHERE i.campaign_id = c.id AND i.responsible_organ = ?)
				 ORDER BY c.id DESC
				""").param(organ).query(CampaignStore::campaign).list();
	}

	/**
	 * Each document's decision in the last published campaign whose lists name it, by the
	 * decision's date then the campaign's id (a later campaign supersedes an earlier
	 * one).
	 */
	Map<Long, PublishedDecisions.Published> lastPublishedDecisions(Collection<Long> documentIds) {
		Map<Long, PublishedDecisions.Published> last = new HashMap<>();
		List<Long> ids = List.copyOf(documentIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc.sql("""
					SELECT r.document_id, r.list_name, c.id, c.name, c.decision_date, c.published_at
					  FROM campaign_result r JOIN campaign c ON c.id = r.campaign_id
					 WHERE c.state = 'PUBLISHED' AND r.document_id IN (:ids)
					 ORDER BY c.decision_date, c.id
					""").param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).query((rs) -> {
				Date decided = rs.getDate("decision_date");
				Timestamp published = rs.getTimestamp("published_at");
				LocalDate on = (decided != null) ? decided.toLocalDate()
						: (published != null) ? published.toLocalDateTime().toLocalDate() : LocalDate.EPOCH;
				last.put(rs.getLong("document_id"), new PublishedDecisions.Published(rs.getLong("id"),
						rs.getString("name"), Decision.valueOf(rs.getString("list_name")).label(), on));
			});
		}
		return last;
	}

	/** The published campaigns of that name, latest decision first. */
	List<Campaign> publishedNamed(String name) {
		return this.jdbc
			.sql("SELECT * FROM campaign WHERE state = 'PUBLISHED' AND name = ? ORDER BY decision_date DESC, id DESC")
			.param(name)
			.query(CampaignStore::campaign)
			.list();
	}

	/** Published campaigns, latest decision first. */
	List<Campaign> published() {
		return this.jdbc.sql("SELECT * FROM campaign WHERE state = 'PUBLISHED' ORDER BY decision_date DESC, id DESC")
			.query(CampaignStore::campaign)
			.list();
	}

	/**
	 * Moves a campaign from one state to another; false when it was not in that state.
	 */
	boolean moveState(long id, CampaignState from, CampaignState to, @Nullable String reason, Instant now) {
		return this.jdbc.sql("""
				UPDATE campaign SET state = :to, state_reason = COALESCE(:reason, state_reason), updated_at = :now
				 WHERE id = :id AND state = :from
				""")
			.param("to", to.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	void updateScope(long id, Scope scope, Instant now) {
		this.jdbc.sql("UPDATE campaign SET scope_json = ?, updated_at = ? WHERE id = ?")
			.params(JSON.writeValueAsString(scope), Timestamp.from(now), id)
			.update();
	}

	/**
	 * Records the publication: the last write of a publication, so that it commits only
	 * if everything before it did. False when the campaign was no longer in review.
	 */
	boolean markPublished(long id, String title, String docNumber, String issuer, LocalDate date,
			long decisionDocumentId, String actor, Instant now) {
		return this.jdbc.sql("""
				UPDATE campaign SET state = 'PUBLISHED', decision_title = :title, decision_doc_number = :number,
				       decision_issuer = :issuer, decision_date = :date, decision_document_id = :document,
				       published_by = :actor, published_at = :now, updated_at = :now
				 WHERE id = :id AND state = 'IN_REVIEW'
				""")
			.param("title", title)
			.param("number", docNumber)
			.param("issuer", issuer)
			.param("date", Date.valueOf(date))
			.param("document", decisionDocumentId)
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Links the campaign to its decision document while publication runs, so that the
	 * events the decision causes are known as the campaign's own.
	 */
	void recordDecisionDocument(long id, long decisionDocumentId) {
		this.jdbc.sql("UPDATE campaign SET decision_document_id = ? WHERE id = ?")
			.params(decisionDocumentId, id)
			.update();
	}

	/** Whether a campaign was already proposed for this change of this document. */
	boolean triggeredBy(long documentId, String event, LocalDate date) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM campaign WHERE trigger_document_id = ? AND trigger_event = ? AND trigger_date = ?
				""").params(documentId, event, Date.valueOf(date)).query(Long.class).single() > 0;
	}

	/** Whether this document is the published decision of some campaign. */
	boolean isDecisionDocument(long documentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM campaign WHERE decision_document_id = ?")
			.param(documentId)
			.query(Long.class)
			.single() > 0;
	}

	/** The open campaign of a kind with this name, if any (the expiry evaluations). */
	Optional<Campaign> openCampaignNamed(CampaignKind kind, String name) {
		return this.jdbc.sql("""
				SELECT * FROM campaign WHERE kind = ? AND name = ? AND state IN ('DRAFT', 'ACTIVE', 'IN_REVIEW')
				 ORDER BY id FETCH FIRST 1 ROWS ONLY
				""").params(kind.name(), name).query(CampaignStore::campaign).optional();
	}

	// Items

	/**
	 * A document to put in a campaign.
	 *
	 * @param documentId the document
	 * @param organ the responsible organ
	 * @param consulted the other issuers
	 * @param flags its candidate flags
	 * @param reason why, when added by hand
	 */
	record NewItem(long documentId, String organ, List<String> consulted, List<Flag> flags, @Nullable String reason) {
	}

	void insertItems(long campaignId, List<NewItem> items, String actor, Instant now) {
		if (items.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] rows = items.stream()
			.map((i) -> new MapSqlParameterSource().addValue("campaign", campaignId)
				.addValue("document", i.documentId())
				.addValue("organ", truncate(i.organ(), 300))
				.addValue("consulted", i.consulted().isEmpty() ? null : truncate(String.join("、", i.consulted()), 1000))
				.addValue("flags", JSON.writeValueAsString(i.flags()))
				.addValue("count", i.flags().size())
				.addValue("actor", actor)
				.addValue("reason", truncate(i.reason(), 2000))
				.addValue("now", Timestamp.from(now)))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				INSERT INTO campaign_item (campaign_id, document_id, responsible_organ, consulted, state, flags_json,
				       flag_count, added_by, added_reason, added_at)
				VALUES (:campaign, :document, :organ, :consulted, 'PENDING', :flags, :count, :actor, :reason, :now)
				""", rows);
		MapSqlParameterSource[] steps = items.stream()
			.map((i) -> new MapSqlParameterSource().addValue("campaign", campaignId)
				.addValue("document", i.documentId())
				.addValue("comment", truncate(i.reason(), 2000))
				.addValue("organ", truncate(i.organ(), 300))
				.addValue("actor", actor)
				.addValue("now", Timestamp.from(now)))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				INSERT INTO campaign_item_history (campaign_id, document_id, action, comment, organ, actor, recorded_at)
				VALUES (:campaign, :document, 'ADDED', :comment, :organ, :actor, :now)
				""", steps);
	}

	/**
	 * The items of a campaign, those of one organ only when given; flagged ones first,
	 * removed ones last.
	 */
	List<Item> items(long campaignId, @Nullable String organ) {
		String where = (organ != null) ? " AND responsible_organ = :organ" : "";
		var query = this.jdbc
			.sql("SELECT * FROM campaign_item WHERE campaign_id = :campaign" + where
					+ " ORDER BY CASE WHEN state = 'REMOVED' THEN 1 ELSE 0 END, flag_count DESC, document_id")
			.param("campaign", campaignId);
		if (organ != null) {
			query = query.param("organ", organ);
		}
		return query.query(CampaignStore::item).list();
	}

	Optional<Item> item(long campaignId, long documentId) {
		return this.jdbc.sql("SELECT * FROM campaign_item WHERE campaign_id = ? AND document_id = ?")
			.params(campaignId, documentId)
			.query(CampaignStore::item)
			.optional();
	}

	/** The documents of open campaigns of a kind: those already being evaluated. */
	Set<Long> documentsInOpenCampaigns(CampaignKind kind) {
		return Set.copyOf(this.jdbc.sql("""
				SELECT i.document_id FROM campaign_item i JOIN campaign c ON c.id = i.campaign_id
				 WHERE c.kind = ? AND c.state IN ('DRAFT', 'ACTIVE', 'IN_REVIEW') AND i.state <> 'REMOVED'
				""").param(kind.name()).query(Long.class).list());
	}

	/** Records a proposal unless the item's state forbids it; whether it did. */
	boolean propose(long campaignId, long documentId, Decision decision, String grounds, @Nullable String articles,
			@Nullable String comment, @Nullable LocalDate newExpiryDate, String actor, Instant now) {
		return this.jdbc
			.sql("""
					UPDATE campaign_item SET state = 'PROPOSED', decision = :decision, grounds = :grounds, articles = :articles,
					       proposal_comment = :comment, new_expiry_date = :expiry, proposed_by = :actor, proposed_at = :now
					 WHERE campaign_id = :campaign AND document_id = :document AND state IN ('PENDING', 'PROPOSED', 'RETURNED')
					""")
			.param("decision", decision.name())
			.param("grounds", truncate(grounds, 2000))
			.param("articles", truncate(articles, 1000))
			.param("comment", truncate(comment, 2000))
			.param("expiry", date(newExpiryDate))
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("campaign", campaignId)
			.param("document", documentId)
			.update() == 1;
	}

	/** Approves or returns a proposal waiting for review; whether it did. */
	boolean review(long campaignId, long documentId, boolean approve, @Nullable String comment, String actor,
			Instant now) {
		return this.jdbc
			.sql("""
					UPDATE campaign_item SET state = :state, review_comment = :comment, reviewed_by = :actor, reviewed_at = :now
					 WHERE campaign_id = :campaign AND document_id = :document AND state = 'PROPOSED'
					""")
			.param("state", approve ? "APPROVED" : "RETURNED")
			.param("comment", truncate(comment, 2000))
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("campaign", campaignId)
			.param("document", documentId)
			.update() == 1;
	}

	void reassign(long campaignId, long documentId, String organ) {
		this.jdbc.sql("UPDATE campaign_item SET responsible_organ = ? WHERE campaign_id = ? AND document_id = ?")
			.param(truncate(organ, 300))
			.param(campaignId)
			.param(documentId)
			.update();
	}

	void remove(long campaignId, long documentId, String reason) {
		this.jdbc.sql("""
				UPDATE campaign_item SET state = 'REMOVED', removed_reason = ? WHERE campaign_id = ? AND document_id = ?
				""").param(truncate(reason, 2000)).param(campaignId).param(documentId).update();
	}

	/** Puts a removed item back in scope, to be proposed afresh. */
	void restore(long campaignId, long documentId, @Nullable String reason, String actor, Instant now) {
		this.jdbc.sql("""
				UPDATE campaign_item SET state = 'PENDING', removed_reason = NULL, decision = NULL, grounds = NULL,
				       articles = NULL, proposal_comment = NULL, new_expiry_date = NULL, review_comment = NULL,
				       added_reason = ?, added_by = ?, added_at = ?
				 WHERE campaign_id = ? AND document_id = ?
				""")
			.param(truncate(reason, 2000))
			.param(actor)
			.param(Timestamp.from(now))
			.param(campaignId)
			.param(documentId)
			.update();
	}

	void updateFlags(long campaignId, Map<Long, List<Flag>> flags) {
		MapSqlParameterSource[] rows = flags.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource().addValue("flags", JSON.writeValueAsString(e.getValue()))
				.addValue("count", e.getValue().size())
				.addValue("campaign", campaignId)
				.addValue("document", e.getKey()))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				UPDATE campaign_item SET flags_json = :flags, flag_count = :count
				 WHERE campaign_id = :campaign AND document_id = :document
				""", rows);
	}

	void setOutcomes(long campaignId, Map<Long, String> outcomes) {
		MapSqlParameterSource[] rows = outcomes.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource().addValue("outcome", e.getValue())
				.addValue("campaign", campaignId)
				.addValue("document", e.getKey()))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				UPDATE campaign_item SET outcome = :outcome WHERE campaign_id = :campaign AND document_id = :document
				""", rows);
	}

	/** Counts of items per responsible organ and state. */
	Map<String, Map<ItemState, Long>> counts(long campaignId) {
		Map<String, Map<ItemState, Long>> counts = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT responsible_organ, state, COUNT(*) FROM campaign_item WHERE campaign_id = ?
				 GROUP BY responsible_organ, state
				""").param(campaignId).query((rs) -> {
			counts.computeIfAbsent(rs.getString(1), (k) -> new java.util.EnumMap<>(ItemState.class))
				.put(ItemState.valueOf(rs.getString(2)), rs.getLong(3));
		});
		return counts;
	}

	// History

	void addStep(long campaignId, long documentId, String action, @Nullable Decision decision, @Nullable String grounds,
			@Nullable String articles, @Nullable String comment, @Nullable String organ, String actor, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO campaign_item_history (campaign_id, document_id, action, decision, grounds, articles, comment,
					       organ, actor, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.param(campaignId)
			.param(documentId)
			.param(action)
			.param((decision != null) ? decision.name() : null)
			.param(truncate(grounds, 2000))
			.param(truncate(articles, 1000))
			.param(truncate(comment, 2000))
			.param(truncate(organ, 300))
			.param(actor)
			.param(Timestamp.from(now))
			.update();
	}

	/** Adds the same step to many items at once (publication). */
	void addSteps(long campaignId, Collection<Item> items, String action, String actor, Instant now) {
		MapSqlParameterSource[] rows = items.stream()
			.map((i) -> new MapSqlParameterSource().addValue("campaign", campaignId)
				.addValue("document", i.documentId())
				.addValue("action", action)
				.addValue("decision", (i.decision() != null) ? i.decision().name() : null)
				.addValue("grounds", truncate(i.grounds(), 2000))
				.addValue("organ", truncate(i.responsibleOrgan(), 300))
				.addValue("actor", actor)
				.addValue("now", Timestamp.from(now)))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				INSERT INTO campaign_item_history (campaign_id, document_id, action, decision, grounds, organ, actor,
				       recorded_at)
				VALUES (:campaign, :document, :action, :decision, :grounds, :organ, :actor, :now)
				""", rows);
	}

	List<ItemStep> steps(long campaignId, long documentId) {
		return this.jdbc
			.sql("SELECT * FROM campaign_item_history WHERE campaign_id = ? AND document_id = ? ORDER BY id")
			.params(campaignId, documentId)
			.query((rs, i) -> new ItemStep(rs.getLong("id"), rs.getLong("document_id"), rs.getString("action"),
					decision(rs.getString("decision")), rs.getString("grounds"), rs.getString("articles"),
					rs.getString("comment"), rs.getString("organ"), rs.getString("actor"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	// Uploads

	long insertUpload(long campaignId, String actor, @Nullable String organization, String fileName,
			List<Upload.Row> rows, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO campaign_upload (campaign_id, uploaded_by, organization, file_name, state, rows_json, created_at)
					VALUES (?, ?, ?, ?, 'PREVIEW', ?, ?)
					""")
			.param(campaignId)
			.param(actor)
			.param(organization)
			.param(truncate(fileName, 500))
			.param(JSON.writeValueAsString(rows))
			.param(Timestamp.from(now))
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
	}

	Optional<Upload> upload(long campaignId, long uploadId) {
		return this.jdbc.sql("SELECT * FROM campaign_upload WHERE campaign_id = ? AND id = ?")
			.params(campaignId, uploadId)
			.query((rs, i) -> new Upload(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("uploaded_by"),
					rs.getString("organization"), rs.getString("file_name"), rs.getString("state"),
					JSON.readValue(rs.getString("rows_json"), ROWS), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/** Marks a preview applied or discarded; false when it was no longer a preview. */
	boolean closeUpload(long uploadId, String state, Instant now) {
		return this.jdbc.sql("UPDATE campaign_upload SET state = ?, applied_at = ? WHERE id = ? AND state = 'PREVIEW'")
			.params(state, Timestamp.from(now), uploadId)
			.update() == 1;
	}

	// Results

	void insertResults(long campaignId, List<ResultRow> rows) {
		MapSqlParameterSource[] params = rows.stream()
			.map((r) -> new MapSqlParameterSource().addValue("campaign", campaignId)
				.addValue("list", r.list().name())
				.addValue("ordinal", r.ordinal())
				.addValue("document", r.documentId())
				.addValue("title", truncate(r.title(), 1000))
				.addValue("number", truncate(r.docNumber(), 200))
				.addValue("issuers", truncate(r.issuers(), 1000))
				.addValue("signed", date(r.signedDate()))
				.addValue("grounds", truncate(r.grounds(), 2000))
				.addValue("articles", truncate(r.articles(), 1000))
				.addValue("expiry", date(r.newExpiryDate()))
				.addValue("public", r.publicDocument()))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				INSERT INTO campaign_result (campaign_id, list_name, ordinal, document_id, title, doc_number, issuers,
				       signed_date, grounds, articles, new_expiry_date, public_document)
				VALUES (:campaign, :list, :ordinal, :document, :title, :number, :issuers, :signed, :grounds, :articles,
				       :expiry, :public)
				""", params);
	}

	/** The published lists of a campaign, in list and then 序号 order. */
	List<ResultRow> results(long campaignId) {
		List<ResultRow> rows = new ArrayList<>(this.jdbc.sql("SELECT * FROM campaign_result WHERE campaign_id = ?")
			.param(campaignId)
			.query((rs, i) -> new ResultRow(Decision.valueOf(rs.getString("list_name")), rs.getInt("ordinal"),
					rs.getLong("document_id"), rs.getString("title"), rs.getString("doc_number"),
					rs.getString("issuers"), localDate(rs.getDate("signed_date")), rs.getString("grounds"),
					rs.getString("articles"), localDate(rs.getDate("new_expiry_date")),
					rs.getBoolean("public_document")))
			.list());
		rows.sort(java.util.Comparator.comparing(ResultRow::list).thenComparing(ResultRow::ordinal));
		return rows;
	}

	// Mapping

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		String keywords = rs.getString("keywords");
		return new Campaign(rs.getLong("id"), rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
				CampaignState.valueOf(rs.getString("state")), longOrNull(rs, "basis_document_id"),
				rs.getString("basis_text"), rs.getString("government"), rs.getDate("deadline").toLocalDate(),
				(keywords == null) ? List.of() : Arrays.asList(keywords.split("，")),
				JSON.readValue(rs.getString("scope_json"), Scope.class), longOrNull(rs, "trigger_document_id"),
				rs.getString("trigger_event"), localDate(rs.getDate("trigger_date")), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("state_reason"), rs.getString("decision_title"), rs.getString("decision_doc_number"),
				rs.getString("decision_issuer"), localDate(rs.getDate("decision_date")),
				longOrNull(rs, "decision_document_id"), rs.getString("published_by"),
				instant(rs.getTimestamp("published_at")));
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		String consulted = rs.getString("consulted");
		return new Item(rs.getLong("campaign_id"), rs.getLong("document_id"), rs.getString("responsible_organ"),
				(consulted == null) ? List.of() : Arrays.asList(consulted.split("、")),
				ItemState.valueOf(rs.getString("state")), decision(rs.getString("decision")), rs.getString("grounds"),
				rs.getString("articles"), rs.getString("proposal_comment"), localDate(rs.getDate("new_expiry_date")),
				rs.getString("proposed_by"), instant(rs.getTimestamp("proposed_at")), rs.getString("review_comment"),
				rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")),
				JSON.readValue(rs.getString("flags_json"), FLAGS), rs.getString("added_by"),
				rs.getString("added_reason"), rs.getTimestamp("added_at").toInstant(), rs.getString("removed_reason"),
				rs.getString("outcome"));
	}

	/** Items by document, for many documents of a campaign at once. */
	Map<Long, Item> itemsByDocument(long campaignId) {
		Map<Long, Item> items = new HashMap<>();
		items(campaignId, null).forEach((i) -> items.put(i.documentId(), i));
		return items;
	}

	private static @Nullable Decision decision(@Nullable String code) {
		return (code != null) ? Decision.valueOf(code) : null;
	}

	private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable String truncate(@Nullable String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

}
