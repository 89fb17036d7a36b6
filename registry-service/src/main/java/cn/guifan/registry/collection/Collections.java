package cn.guifan.registry.collection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.export.ExportFormat;
import org.springframework.stereotype.Service;

/**
 * Compiled collections (汇编): define one (its build starts at once, in the background),
 * read its state and progress, list them, download its files, rebuild it. Anonymous users
 * see collections whose documents are all public, once built.
 */
@Service
public class Collections {

	private final CollectionStore store;

	private final CollectionBuilds builds;

	private final CollectionFiles files;

	private final AuditLog audit;

	private final java.time.Clock clock;

	Collections(CollectionStore store, CollectionBuilds builds, CollectionFiles files, AuditLog audit,
			java.time.Clock clock) {
		this.store = store;
		this.builds = builds;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stores the definition and queues its build; returns the collection (QUEUED). */
	public CompiledCollection create(CollectionDefinition definition, String actor) {
		long id = define(definition, actor);
		this.builds.submit(id);
		return require(id, true);
	}

	/**
	 * Stores the definition without building it, for a caller that builds it itself
	 * ({@link #buildNow}).
	 */
	public CompiledCollection defineOnly(CollectionDefinition definition, String actor) {
		return require(define(definition, actor), true);
	}

	/**
	 * Builds a collection in the caller's thread (the command line); returns it built.
	 */
	public CompiledCollection buildNow(long id, String actor) throws Exception {
		CompiledCollection collection = require(id, true);
		if (collection.state() != CompiledCollection.State.QUEUED) {
			if (!this.store.queue(id)) {
				throw new InvalidRequestException("id", "汇编“" + collection.definition().title() + "”正在生成，请稍后再试");
			}
			this.audit.record(actor, "REBUILD_COLLECTION", null, Map.of("collection", id), null);
		}
		this.builds.run(id);
		return require(id, true);
	}

	private long define(CollectionDefinition definition, String actor) {
		long id = this.store.create(definition, actor, this.clock.instant());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("collection", id);
		detail.put("title", definition.title());
		detail.put("asOf", definition.asOf().toString());
		detail.put("groupBy", definition.groupBy().name());
		this.audit.record(actor, "CREATE_COLLECTION", null, detail, null);
		return id;
	}

	/** Builds the same definition again (in the background). */
	public CompiledCollection rebuild(long id, String actor) {
		CompiledCollection collection = require(id, true);
		if (!this.store.queue(id)) {
			throw new InvalidRequestException("id", "汇编“" + collection.definition().title() + "”正在生成，请稍后再试");
		}
		this.audit.record(actor, "REBUILD_COLLECTION", null, Map.of("collection", id), null);
		this.builds.submit(id);
		return require(id, true);
	}

	/**
	 * The collection, if it exists and the asker may see it.
	 * @throws CollectionNotFoundException otherwise
	 */
	public CompiledCollection require(long id, boolean includeRestricted) {
		return this.store.find(id)
			.filter((c) -> includeRestricted || (c.publicCollection() && c.ready()))
			.orElseThrow(() -> new CollectionNotFoundException(Long.toString(id)));
	}

	/** All collections (newest first), or those anonymous users may see. */
	public List<CompiledCollection> list(boolean includeRestricted) {
		return this.store.list(!includeRestricted);
	}

	/** The documents of its last build, in order. */
	public List<CompiledCollection.Item> items(long id, boolean includeRestricted) {
		require(id, includeRestricted);
		List<CompiledCollection.Item> all = new ArrayList<>();
		int after = 0;
		List<CompiledCollection.Item> page;
		while (!(page = this.store.items(id, after, 1000)).isEmpty()) {
			all.addAll(page);
			after = page.get(page.size() - 1).position();
		}
		return all;
	}

	/** A built file of the collection. */
	public Path file(long id, ExportFormat format, boolean includeRestricted) {
		CompiledCollection collection = require(id, includeRestricted);
		Path file = this.files.file(id, format);
		if (format == ExportFormat.TXT || !collection.ready() || !Files.isRegularFile(file)) {
			throw new InvalidRequestException("format",
					"汇编“" + collection.definition().title() + "”" + (collection.state().building() ? "正在生成，请稍后下载"
							: "没有可下载的" + format.extension().toUpperCase(java.util.Locale.ROOT) + "文件"));
		}
		return file;
	}

	/** The name a downloaded file gets. */
	public static String fileName(CompiledCollection c, ExportFormat format) {
		return c.definition().title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "（截至" + c.asOf() + "）."
				+ format.extension();
	}

}
