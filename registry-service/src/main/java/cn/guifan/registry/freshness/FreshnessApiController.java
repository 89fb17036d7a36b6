package cn.guifan.registry.freshness;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How current the registry is, as JSON. */
@RestController
@Tag(name = "开放数据")
class FreshnessApiController {

	private final Freshness freshness;

	FreshnessApiController(Freshness freshness) {
		this.freshness = freshness;
	}

	@GetMapping("/api/v1/freshness")
	@Operation(operationId = "freshness", summary = "数据更新时间",
			description = "登记库最近一次记录变更的时间和最近一次完成有效期检查的时间。每个 API 响应也在响应头 "
					+ "Guifan-Data-Updated 和 Guifan-Expiry-Sweep 中给出这两个时间。")
	@ApiResponse(responseCode = "200", description = "更新时间")
	@ApiResponse(responseCode = "500", description = "登记库暂时无法读取")
	Answer freshness() {
		Freshness.State state = this.freshness.current();
		return new Answer(
				(state.dataUpdated() != null) ? state.dataUpdated().atZone(state.zone()).toOffsetDateTime() : null,
				(state.expirySweep() != null) ? state.expirySweep().atZone(state.zone()).toOffsetDateTime() : null,
				state.line());
	}

	/**
	 * How current the registry is.
	 *
	 * @param dataUpdated when the data last changed
	 * @param expirySweep when the expiry sweep last completed
	 * @param text the same in words, as pages show it
	 */
	record Answer(@Nullable OffsetDateTime dataUpdated, @Nullable OffsetDateTime expirySweep, String text) {
	}

}
