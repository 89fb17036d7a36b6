package cn.guifan.registry.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * Working days of the Chinese public administration: Monday to Friday, less the days off
 * (休) and plus the weekend days worked (班) of the State Council's yearly schedule. Years
 * the data does not hold count Monday to Friday, and {@link #covers} says so.
 */
@Component
public class WorkingDays {

	private final Set<LocalDate> daysOff = new HashSet<>();

	private final Set<LocalDate> weekendsWorked = new HashSet<>();

	private final Map<Integer, String> sources = new TreeMap<>();

	public WorkingDays() {
		this(WorkingDays.class.getResourceAsStream("/calendar/holidays-cn.txt"));
	}

	WorkingDays(InputStream data) {
		if (data == null) {
			throw new IllegalStateException("calendar/holidays-cn.txt is missing from the classpath");
		}
		try (BufferedReader in = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				read(line.strip(), number);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(String line, int number) {
		if (line.isEmpty() || line.startsWith("#")) {
			return;
		}
		String[] parts = line.split("\\s+", 4);
		try {
			switch (parts[0]) {
				case "=" -> this.sources.put(Integer.parseInt(parts[1]),
						line.substring(1).strip().substring(parts[1].length()).strip());
				case "休" -> {
					LocalDate from = LocalDate.parse(parts[1]);
					LocalDate to = LocalDate.parse(parts[2]);
					for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
						this.daysOff.add(d);
					}
				}
				case "班" -> this.weekendsWorked.add(LocalDate.parse(parts[1]));
				default -> throw new IllegalArgumentException("unknown line type " + parts[0]);
			}
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("calendar/holidays-cn.txt line " + number + " is unreadable: " + line, ex);
		}
	}

	public boolean isWorkingDay(LocalDate day) {
		if (this.weekendsWorked.contains(day)) {
			return true;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !this.daysOff.contains(day);
	}

	/**
	 * Working days after {@code from} up to and including {@code to} (0 when {@code to}
	 * is not after {@code from}): a 解读 published on the next working day is 1 day late in
	 * this count, and "within 3 working days" is a count of at most 3.
	 */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

	/** Whether the year's schedule is in the data. */
	public boolean covers(int year) {
		return this.sources.containsKey(year);
	}

	/** The notice each year's schedule comes from. */
	public Map<Integer, String> sources() {
		return Map.copyOf(this.sources);
	}

}
