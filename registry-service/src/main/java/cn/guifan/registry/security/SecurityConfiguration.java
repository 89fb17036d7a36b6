package cn.guifan.registry.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may reach what, and how they sign in.
 * <ul>
 * <li>The API ({@code /api/**}) and the actuator ({@code /actuator/**}) are stateless: a
 * client sends its name and password with each request (HTTP Basic); no session is made
 * and a session cookie is ignored, so a page of another site cannot act with a browser's
 * login. A state-changing request that a browser marks as coming from another site is
 * refused besides ({@link CrossSiteRequests}).</li>
 * <li>Pages sign in with the login form and keep a session whose cookie is
 * {@code SameSite=Lax}; every form carries a CSRF token (kept in a cookie, so an
 * anonymous visitor gets no session).</li>
 * <li>Every endpoint has a rule below, grouped by feature. An endpoint of the application
 * that no rule names is refused to everyone ({@link UnlistedEndpoints}), and
 * {@code AccessMatrixIT} fails: a new endpoint adds its rule here, in its feature's
 * block.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * The Content-Security-Policy of every answer: the pages load their own styles and
	 * scripts only, run no inline script, and cannot be framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ListableBeanFactory beans, Environment environment)
			throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
		// operations: the actuator (health, metrics) is called by monitoring, like the
		// API.
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> rules(requests, beans))
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			// No cookie authenticates here, so there is no request to forge.
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new CrossSiteRequests(), BasicAuthenticationFilter.class)
			.addFilterBefore(new ScrapeToken(environment.getProperty("guifan.operations.scrape-token")),
					BasicAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ChineseAccessDenied()))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ListableBeanFactory beans, LoginFailures loginFailures)
			throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		CookieRequestCache requestCache = new CookieRequestCache();
		http.authorizeHttpRequests((requests) -> rules(requests, beans))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(new LandingPage())
				.failureHandler(loginFailures)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(new ChineseAccessDenied()))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * The access rules of every endpoint, API and pages alike (each chain sees its own
	 * requests only). One block per feature: a feature adds its endpoints in its own
	 * block.
	 */
	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			ListableBeanFactory beans) {
		requests
			// Error pages and forwards: the request was checked before it got there.
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/error", "/css/**", "/js/**", "/favicon.ico")
			.permitAll()

			// security: signing in, one's own password, accounts and departments (admin)
			.requestMatchers("/login")
			.permitAll()
			.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole(Roles.ADMIN)

			// search: the search page and API, title suggestions
			.requestMatchers(HttpMethod.GET, "/", "/api/v1/documents", "/api/v1/documents/suggestions")
			.permitAll()

			// registrar: lifecycle events, corrections, reports, audit, the expiry sweep
			.requestMatchers(HttpMethod.POST, "/api/v1/documents/*/events")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers(HttpMethod.PATCH, "/api/v1/documents/*")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers(HttpMethod.POST, "/api/v1/documents/*/events/*/withdrawal")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers("/registrar", "/registrar/**", "/api/v1/audit", "/api/v1/audit/**", "/api/v1/reports/**",
					"/api/v1/jobs/**")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)

			// catalog: a document's page and JSON, downloads (visibility is the
			// catalog's)
			.requestMatchers(HttpMethod.GET, "/documents/*", "/api/v1/documents/*", "/api/v1/documents/*/files/*")
			.permitAll()

			// diff: 新旧对照
			.requestMatchers(HttpMethod.GET, "/documents/*/diff", "/api/v1/documents/*/diff")
			.permitAll()

			// citation: validity look-up and the citation check
			.requestMatchers(HttpMethod.GET, "/validity", "/check", "/api/v1/validity")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/check", "/api/v1/citation-check")
			.permitAll()

			// indexing: rebuild the search index
			.requestMatchers("/api/v1/admin/reindex")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)

			// campaign: published result lists are public; everything else needs a
			// department or bureau account, and the campaign services decide which
			// organ's items an account may see and what only the bureau may do.
			.requestMatchers(HttpMethod.GET, "/campaigns/results", "/campaigns/*/results",
					"/api/v1/campaigns/*/results", "/api/v1/campaigns/*/results.docx",
					"/api/v1/campaigns/*/results.xlsx")
			.permitAll()
			.requestMatchers("/campaigns/new")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers(HttpMethod.POST, "/campaigns", "/campaigns/evaluations", "/campaigns/*/state",
					"/campaigns/*/items", "/campaigns/*/reviews", "/campaigns/*/flags", "/campaigns/*/publish",
					"/campaigns/*/items/*/review", "/campaigns/*/items/*/removal", "/campaigns/*/items/*/assignment",
					"/api/v1/campaigns", "/api/v1/campaigns/preview", "/api/v1/campaigns/evaluations",
					"/api/v1/campaigns/*/state", "/api/v1/campaigns/*/items", "/api/v1/campaigns/*/reviews",
					"/api/v1/campaigns/*/flags", "/api/v1/campaigns/*/publish", "/api/v1/campaigns/*/items/*/review",
					"/api/v1/campaigns/*/items/*/removal", "/api/v1/campaigns/*/items/*/assignment")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers("/campaigns", "/campaigns/**", "/api/v1/campaigns", "/api/v1/campaigns/**")
			.hasAnyRole(Roles.DEPARTMENT, Roles.REGISTRAR, Roles.ADMIN)

			// open data: the API description, feeds, bulk export and snapshots, stable
			// addresses, QR codes, freshness, gazette (anonymous users get public
			// documents only); registrars link 解读 and record gazette publications
			.requestMatchers(HttpMethod.GET, "/d/**", "/feeds/**", "/documents/*/changes.atom", "/documents/*/qr.svg",
					"/documents/*/qr.png", "/open-data", "/gazette", "/api/v1/export.jsonl", "/api/v1/export/snapshots",
					"/api/v1/export/snapshots/*/*", "/api/v1/addresses/*", "/api/v1/freshness",
					"/api/v1/gazette/issues", "/api/v1/gazette/issues/*/*", "/api/v1/documents/*/gazette",
					"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/documents/*/interpretations", "/api/v1/gazette/publications")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)

			// collection, ledger, statistics, export (issue 13): defining and rebuilding
			// collections, the ledger and the statistics are for registrars (their pages
			// are under /registrar); collection lists, pages and downloads, and documents
			// as of a date, show anonymous users public ones only (checked in the
			// feature)
			.requestMatchers(HttpMethod.POST, "/collections", "/collections/*/rebuild", "/api/v1/collections",
					"/api/v1/collections/*/rebuild")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers(HttpMethod.GET, "/collections", "/collections/*", "/api/v1/collections",
					"/api/v1/collections/*", "/api/v1/collections/*/documents",
					"/api/v1/documents/{id}/export.{format}")
			.permitAll()
			.requestMatchers("/api/v1/ledger", "/api/v1/ledger.xlsx", "/api/v1/ledger/**", "/api/v1/statistics/**")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)

			// operations: the health summary and the liveness and readiness probes are
			// public (the details only for administrators and the scraper, see
			// management.endpoint.health.roles); the metrics for administrators and the
			// scraper (guifan.operations.scrape-token)
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator", "/actuator/prometheus")
			.hasAnyRole(Roles.ADMIN, ScrapeToken.ROLE)

			// Anything else: refused when it is an endpoint (it has no rule), else left
			// to Spring MVC's 404 or 405.
			.anyRequest()
			.access(new UnlistedEndpoints(beans));
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.addHeaderWriter(new StaticHeadersWriter("Content-Language", "zh-CN"));
	}

}
