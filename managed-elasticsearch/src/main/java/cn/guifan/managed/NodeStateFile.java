package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code node.json}. Writes go through a temporary file and an atomic
 * rename, so a reader never sees half a record.
 */
final class NodeStateFile {

	private static final Logger log = LoggerFactory.getLogger(NodeStateFile.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path file;

	NodeStateFile(Path file) {
		this.file = file;
	}

	Path path() {
		return this.file;
	}

	Optional<NodeState> read() {
		if (!Files.isRegularFile(this.file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(Files.readString(this.file), NodeState.class));
		}
		catch (IOException | JacksonException ex) {
			// Unreadable state cannot point at a live node we could use; the process
			// sweep still finds a node left running from this folder.
			log.warn("Ignoring unreadable {}: {}", this.file, ex.getMessage());
			return Optional.empty();
		}
	}

	void write(NodeState state) {
		Path temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
		try {
			Files.deleteIfExists(temporary);
			Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | JacksonException ex) {
			throw new ManagedNodeException("Cannot write " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Deletes the record if it still describes the node with the given pid; a newer node
	 * started by another process keeps its record.
	 * @param pid the pid of the node that stopped
	 */
	void deleteIfFor(long pid) {
		if (read().map((state) -> state.pid() == pid).orElse(false)) {
			delete();
		}
	}

	void delete() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}: {}", this.file, ex.getMessage());
		}
	}

}
