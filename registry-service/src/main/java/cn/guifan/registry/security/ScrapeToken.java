package cn.guifan.registry.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics scraper's credential: with {@code guifan.operations.scrape-token} set, a
 * request to {@code /actuator/**} that sends {@code Authorization: Bearer <token>} is
 * taken as the scraper (role {@code METRICS}: the metrics and the health details, nothing
 * else), so Prometheus needs no account of a person. Without the setting, only
 * administrators read them.
 */
final class ScrapeToken extends OncePerRequestFilter {

	/** The scraper's role. */
	static final String ROLE = "METRICS";

	private final byte @Nullable [] token;

	ScrapeToken(@Nullable String token) {
		this.token = (token == null || token.isBlank()) ? null : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.token == null || !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		byte[] expected = this.token;
		if (expected != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
				&& MessageDigest.isEqual(expected, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
			SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
				.authenticated("metrics-scraper", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)))));
		}
		chain.doFilter(request, response);
	}

}
