package cn.guifan.registry.feed;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's own identity, drawn at random the first time a feed is asked for and
 * kept in the database: Atom ids are made from it, so they are the same in every feed and
 * every process, survive a change of host name, and differ from another registry's.
 */
@Repository
class FeedIdentity {

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable UUID id;

	FeedIdentity(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID id() {
		UUID known = this.id;
		if (known == null) {
			known = read();
			if (known == null) {
				try {
					this.jdbc.sql("INSERT INTO feed_identity (id, created_at) VALUES (?, ?)")
						.params(UUID.randomUUID().toString(), Timestamp.from(this.clock.instant()))
						.update();
				}
				catch (DataIntegrityViolationException ex) {
					// Another process drew one at the same moment: theirs is as good.
				}
				known = read();
			}
			this.id = known;
		}
		if (known == null) {
			throw new IllegalStateException("no feed identity could be stored");
		}
		return known;
	}

	/** A stable Atom id for a name within this registry: a name-based UUID URN. */
	String atomId(String name) {
		return "urn:uuid:"
				+ UUID.nameUUIDFromBytes((id() + "/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private @Nullable UUID read() {
		return this.jdbc.sql("SELECT id FROM feed_identity ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.optional()
			.map(UUID::fromString)
			.orElse(null);
	}

}
