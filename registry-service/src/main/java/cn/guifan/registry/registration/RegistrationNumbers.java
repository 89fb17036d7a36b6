package cn.guifan.registry.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.common.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 统一登记号 (三统一: 统一登记、统一编号、统一公布) the registry assigns, in the format the government
 * configures ({@code guifan.registration.format}, e.g. {@code QHGS-{year}-{serial:3}}
 * gives QHGS-2026-001): numbered from 1 each year, never reused. The only place with SQL
 * on {@code registration_number}.
 */
@Component
public class RegistrationNumbers {

	private static final Pattern SERIAL = Pattern.compile("\\{serial(?::(\\d+))?}");

	private final JdbcClient jdbc;

	private final String format;

	private final Clock clock;

	/** The format when none is configured. */
	static final String DEFAULT_FORMAT = "GF-{year}-{serial:3}";

	RegistrationNumbers(JdbcClient jdbc, @Value("${guifan.registration.format:}") String configured, Clock clock) {
		String format = configured.isBlank() ? DEFAULT_FORMAT : configured.strip();
		if (!format.contains("{serial")) {
			throw new IllegalStateException(
					"guifan.registration.format 须含 {serial}（序号），例如 QHGS-{year}-{serial:3}，收到：" + format);
		}
		this.jdbc = jdbc;
		this.format = format;
		this.clock = clock;
	}

	/** The number of a document, if one was assigned. */
	public Optional<String> numberOf(long documentId) {
		return this.jdbc.sql("SELECT number FROM registration_number WHERE document_id = ?")
			.param(documentId)
			.query(String.class)
			.optional();
	}

	/**
	 * Assigns the next number of the year to a document, or returns the one it has.
	 */
	@Transactional
	public String assign(long documentId, String actor) {
		Optional<String> existing = numberOf(documentId);
		if (existing.isPresent()) {
			return existing.get();
		}
		int year = LocalDate.now(this.clock).getYear();
		int serial = this.jdbc.sql("SELECT COALESCE(MAX(serial), 0) FROM registration_number WHERE reg_year = ?")
			.param(year)
			.query(Integer.class)
			.single() + 1;
		String number = format(this.format, year, serial);
		this.jdbc.sql("""
				INSERT INTO registration_number (document_id, number, reg_year, serial, assigned_by, assigned_at)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(documentId, number, year, serial, actor, Timestamp.from(this.clock.instant())).update();
		return number;
	}

	/**
	 * The format filled in: {year} and {serial} or {serial:N} (zero-padded to N digits).
	 */
	static String format(String format, int year, int serial) {
		Matcher m = SERIAL.matcher(format.replace("{year}", Integer.toString(year)));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int width = (m.group(1) != null) ? Integer.parseInt(m.group(1)) : 1;
			m.appendReplacement(out, String.format("%0" + Math.max(1, width) + "d", serial));
		}
		m.appendTail(out);
		if (out.length() > 100) {
			throw new InvalidRequestException("format", "登记号过长：" + out);
		}
		return out.toString();
	}

}
