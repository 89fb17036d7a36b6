package cn.guifan.registry.freshness;

import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts "数据更新至 …" on every page (the model attribute {@code freshness}, shown by the
 * shared footer) and on every API answer and feed (the headers
 * {@code Guifan-Data-Updated} and {@code Guifan-Expiry-Sweep}, ISO 8601). Web test slices
 * have no {@link Freshness}; then nothing is added.
 */
final class FreshnessWeb {

	/** When the registry's data last changed (ISO 8601, with offset). */
	static final String DATA_UPDATED = "Guifan-Data-Updated";

	/** When the expiry sweep last completed (ISO 8601, with offset). */
	static final String EXPIRY_SWEEP = "Guifan-Expiry-Sweep";

	private FreshnessWeb() {
	}

	@ControllerAdvice
	static class PageModel {

		private final ObjectProvider<Freshness> freshness;

		PageModel(ObjectProvider<Freshness> freshness) {
			this.freshness = freshness;
		}

		@ModelAttribute("freshness")
		@Nullable String freshness(HttpServletRequest request) {
			Freshness f = this.freshness.getIfAvailable();
			return (f != null && !request.getRequestURI().startsWith("/api/")) ? f.line() : null;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Headers implements WebMvcConfigurer {

		private final ObjectProvider<Freshness> freshness;

		Headers(ObjectProvider<Freshness> freshness) {
			this.freshness = freshness;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {
				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					Freshness f = Headers.this.freshness.getIfAvailable();
					if (f != null) {
						Freshness.State state = f.current();
						if (state.dataUpdated() != null) {
							response.setHeader(DATA_UPDATED, DateTimeFormatter.ISO_OFFSET_DATE_TIME
								.format(state.dataUpdated().atZone(state.zone())));
						}
						if (state.expirySweep() != null) {
							response.setHeader(EXPIRY_SWEEP, DateTimeFormatter.ISO_OFFSET_DATE_TIME
								.format(state.expirySweep().atZone(state.zone())));
						}
					}
					return true;
				}
			}).addPathPatterns("/api/**", "/feeds/**", "/documents/*/changes.atom");
		}

	}

}
