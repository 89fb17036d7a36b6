package cn.guifan.registry.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import cn.guifan.registry.web.ErrorReplies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing API request that a browser says comes from a page of another
 * site ({@code Sec-Fetch-Site: cross-site}, or an {@code Origin} that is not this
 * server). The API honours no cookie, but a browser also repeats HTTP Basic credentials
 * it was once given, on its own, to any page's request: this closes that way too. Clients
 * that are not browsers send neither header and are not affected.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
			request.setAttribute(ErrorReplies.MESSAGE, "拒绝来自其他网站的请求：接口的修改操作只能由本站页面或接口客户端发起。");
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		return origin != null && !sameOrigin(origin, request.getHeader("Host"));
	}

	private static boolean sameOrigin(String origin, @Nullable String host) {
		if (host == null || origin.equals("null")) {
			return false;
		}
		try {
			URI uri = URI.create(origin);
			if (uri.getHost() == null) {
				return false;
			}
			String authority = uri.getHost() + ((uri.getPort() >= 0) ? ":" + uri.getPort() : "");
			return authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))
					|| withoutDefaultPort(host, uri.getScheme()).equalsIgnoreCase(uri.getHost());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String withoutDefaultPort(String host, @Nullable String scheme) {
		if ("http".equals(scheme) && host.endsWith(":80")) {
			return host.substring(0, host.length() - 3);
		}
		if ("https".equals(scheme) && host.endsWith(":443")) {
			return host.substring(0, host.length() - 4);
		}
		return host;
	}

}
