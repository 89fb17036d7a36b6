package cn.guifan.registry.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The collection tables: definitions with their build state, and their items. */
@Repository
class CollectionStore {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	CollectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(CollectionDefinition definition, String createdBy, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO compiled_collection (title, definition_json, as_of, group_by, state, created_by, created_at)
				VALUES (:title, :definition, :asOf, :groupBy, 'QUEUED', :createdBy, :now)
				""")
			.param("title", definition.title())
			.param("definition", JSON.writeValueAsString(definition))
			.param("asOf", java.sql.Date.valueOf(definition.asOf()))
			.param("groupBy", definition.groupBy().name())
			.param("createdBy", createdBy)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
	}

	Optional<CompiledCollection> find(long id) {
		return this.jdbc.sql("SELECT * FROM compiled_collection WHERE id = ?").param(id).query(this::row).optional();
	}

	/** Newest first; only those anonymous users may see when {@code publicOnly}. */
	List<CompiledCollection> list(boolean publicOnly) {
		String where = publicOnly ? "WHERE public_collection = TRUE AND state = 'DONE' " : "";
		return this.jdbc.sql("SELECT * FROM compiled_collection " + where + "ORDER BY id DESC").query(this::row).list();
	}

	void state(long id, CompiledCollection.State state, @Nullable String error) {
		this.jdbc.sql("UPDATE compiled_collection SET state = ?, error = ? WHERE id = ?")
			.param(state.name())
			.param((error != null && error.length() > 2000) ? error.substring(0, 2000) : error)
			.param(id)
			.update();
	}

	/** Queues a build: back to QUEUED unless one is already on its way. */
	boolean queue(long id) {
		return this.jdbc.sql("""
				UPDATE compiled_collection SET state = 'QUEUED', error = NULL
				WHERE id = ? AND state NOT IN ('QUEUED', 'RESOLVING', 'WRITING')
				""").param(id).update() == 1;
	}

	void started(long id, Instant now) {
		this.jdbc.sql("UPDATE compiled_collection SET state = 'RESOLVING', started_at = ?, written = 0 WHERE id = ?")
			.param(Timestamp.from(now))
			.param(id)
			.update();
	}

	/** Replaces the items with those of a new resolution, in one transaction. */
	@Transactional
	void replaceItems(long id, List<CompiledCollection.Item> items, boolean publicCollection) {
		this.jdbc.sql("DELETE FROM compiled_collection_item WHERE collection_id = ?").param(id).update();
		for (CompiledCollection.Item item : items) {
			this.jdbc
				.sql("""
						INSERT INTO compiled_collection_item (collection_id, position, document_id, part_no, part_title, title, status)
						VALUES (?, ?, ?, ?, ?, ?, ?)
						""")
				.params(id, item.position(), item.documentId(), item.partNo(), item.partTitle(), item.title(),
						item.status())
				.update();
		}
		this.jdbc.sql(
				"UPDATE compiled_collection SET total = ?, written = 0, public_collection = ?, state = 'WRITING' WHERE id = ?")
			.params(items.size(), publicCollection, id)
			.update();
	}

	void progress(long id, int written) {
		this.jdbc.sql("UPDATE compiled_collection SET written = ? WHERE id = ?").params(written, id).update();
	}

	void done(long id, int written, String digest, Instant now) {
		this.jdbc
			.sql("""
					UPDATE compiled_collection SET state = 'DONE', written = ?, content_digest = ?, built_at = ?, error = NULL
					WHERE id = ?
					""")
			.params(written, digest, Timestamp.from(now), id)
			.update();
	}

	/** Items from a position on, in order. */
	List<CompiledCollection.Item> items(long id, int afterPosition, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM compiled_collection_item WHERE collection_id = ? AND position > ?
				ORDER BY position FETCH FIRST %d ROWS ONLY
				""".formatted(limit)).params(id, afterPosition).query((rs, i) -> item(rs)).list();
	}

	private static CompiledCollection.Item item(ResultSet rs) throws SQLException {
		return new CompiledCollection.Item(rs.getInt("position"), rs.getLong("document_id"), rs.getInt("part_no"),
				rs.getString("part_title"), rs.getString("title"), rs.getString("status"));
	}

	private CompiledCollection row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp built = rs.getTimestamp("built_at");
		return new CompiledCollection(rs.getLong("id"),
				JSON.readValue(rs.getString("definition_json"), CollectionDefinition.class),
				CompiledCollection.State.valueOf(rs.getString("state")), rs.getInt("total"), rs.getInt("written"),
				rs.getBoolean("public_collection"), rs.getString("content_digest"), rs.getString("error"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				(built != null) ? built.toInstant() : null);
	}

}
