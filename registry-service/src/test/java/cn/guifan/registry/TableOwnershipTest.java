package cn.guifan.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table has one owning feature: SQL that names a table appears only in the package
 * that owns it. Other features reach the data through the owner's API. Checked on the
 * sources, since SQL lives in string literals that compiled classes do not expose.
 */
class TableOwnershipTest {

	/** Each table and the package that owns it. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("document", "document"),
			Map.entry("document_issuer", "document"), Map.entry("document_alias", "document"),
			Map.entry("document_version", "document"), Map.entry("document_source", "document"),
			Map.entry("source_file", "document"), Map.entry("lifecycle_event", "lifecycle"),
			Map.entry("document_relation", "lifecycle"), Map.entry("index_outbox", "indexing"),
			Map.entry("index_rebuild", "indexing"), Map.entry("ingest_issue", "ingest"),
			Map.entry("audit_log", "audit"), Map.entry("feed_identity", "feed"), Map.entry("gazette_issue", "gazette"),
			Map.entry("gazette_article", "gazette"), Map.entry("account", "security"),
			Map.entry("organization", "security"), Map.entry("compiled_collection", "collection"),
			Map.entry("compiled_collection_item", "collection"), Map.entry("ledger_reconciliation", "ledger"),
			Map.entry("campaign", "campaign"), Map.entry("campaign_item", "campaign"),
			Map.entry("campaign_item_history", "campaign"), Map.entry("campaign_upload", "campaign"),
			Map.entry("campaign_result", "campaign"));

	private static final Path SOURCES = Path.of("src/main/java/cn/guifan/registry");

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table|delete\\s+from)\\s+([a-z_]+)\\b");

	@Test
	void sqlNamingATableStaysInItsOwningPackage() throws IOException {
		assertThat(violations(SOURCES)).isEmpty();
	}

	@Test
	void aStatementOnAnotherFeaturesTableIsFound() throws IOException {
		Path dir = Files.createTempDirectory("guifan-ownership");
		Path file = dir.resolve("search/Sneaky.java");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "class Sneaky { String sql = \"SELECT title FROM document WHERE id = ?\"; }");
		assertThat(violations(dir)).containsExactly("search/Sneaky.java: document (owned by document)");
	}

	static List<String> violations(Path root) throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				String feature = root.relativize(file).getName(0).toString();
				Matcher string = STRING.matcher(Files.readString(file));
				while (string.find()) {
					String literal = (string.group(1) != null) ? string.group(1) : string.group(2);
					Matcher table = TABLE.matcher(literal);
					while (table.find()) {
						String owner = OWNERS.get(table.group(1).toLowerCase(java.util.Locale.ROOT));
						if (owner != null && !owner.equals(feature)) {
							violations.add(root.relativize(file) + ": " + table.group(1) + " (owned by " + owner + ")");
						}
					}
				}
			}
		}
		return violations;
	}

}
