package cn.guifan.schemas.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema files shipped with Guifan, for import/export and the extract command.
 */
public final class JsonSchemas {

	/** The document record: one object per file, as {@code guifan extract} prints it. */
	public static final String DOCUMENT = "document.schema.json";

	private JsonSchemas() {
	}

	/** The schema's text, read from the classpath. */
	public static String read(String name) {
		try (InputStream in = JsonSchemas.class.getResourceAsStream("/cn/guifan/schemas/json/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no JSON schema named " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read JSON schema " + name, ex);
		}
	}

}
