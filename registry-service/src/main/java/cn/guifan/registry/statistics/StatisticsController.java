package cn.guifan.registry.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The annual statistics (registrars):
 * {@code GET /api/v1/statistics/annual?year=&issuer=&departments=} (JSON), {@code .xlsx},
 * {@code /api/v1/statistics/annual/series} (every year), and the page
 * {@code /registrar/statistics} with the table, the lists and the chart over the years.
 */
@Controller
class StatisticsController {

	private final AnnualStatistics statistics;

	private final Clock clock;

	StatisticsController(AnnualStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/api/v1/statistics/annual")
	@ResponseBody
	AnnualTable annual(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false, defaultValue = "true") boolean departments) {
		return this.statistics.table(year(year), issuer, departments);
	}

	@GetMapping("/api/v1/statistics/annual/series")
	@ResponseBody
	List<YearFigures> series(@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false, defaultValue = "true") boolean departments) {
		return this.statistics.series(issuer, departments);
	}

	// @ResponseBody although it answers a ResponseEntity: springdoc describes only the
	// methods of a page controller marked so.
	@GetMapping("/api/v1/statistics/annual.xlsx")
	@ResponseBody
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false, defaultValue = "true") boolean departments) throws IOException {
		AnnualTable table = this.statistics.table(year(year), issuer, departments);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StatisticsXlsx.write(table, out);
		String name = ((issuer != null && !issuer.isBlank()) ? issuer.strip() : "全部") + table.year()
				+ "年规章和规范性文件统计.xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/registrar/statistics")
	String page(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false, defaultValue = "true") boolean departments, Model model) {
		int y;
		try {
			y = year(year);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			y = LocalDate.now(this.clock).getYear() - 1;
		}
		String who = (issuer != null && !issuer.isBlank()) ? issuer.strip() : null;
		model.addAttribute("table", this.statistics.table(y, who, departments));
		List<YearFigures> series = this.statistics.series(who, departments);
		model.addAttribute("series", series);
		model.addAttribute("chart", StatisticsChart.svg(series));
		model.addAttribute("issuer", who);
		model.addAttribute("departments", departments);
		return "statistics/annual";
	}

	/** The year asked for; the report's year (last year) when none. */
	private int year(@Nullable String year) {
		if (year == null || year.isBlank()) {
			return LocalDate.now(this.clock).getYear() - 1;
		}
		try {
			return Integer.parseInt(year.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("year", "年份“" + year + "”无效，应为四位数字，如 2024");
		}
	}

}
