package cn.guifan.registry.security;

import java.util.Collection;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last access rule: a request that no rule of {@link SecurityConfiguration} named is
 * refused to everyone when it would reach one of the application's endpoints (a
 * controller method, an actuator endpoint), so that an endpoint added without a rule is
 * closed, not open; any other request (a mistyped address, a method an endpoint does not
 * take) goes on, for Spring MVC to answer 404 or 405.
 */
final class UnlistedEndpoints implements AuthorizationManager<RequestAuthorizationContext> {

	private final ListableBeanFactory beans;

	private volatile @Nullable Collection<RequestMappingInfoHandlerMapping> mappings;

	UnlistedEndpoints(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(!isEndpoint(context.getRequest()));
	}

	/** Whether a handler method of the application would take the request. */
	boolean isEndpoint(HttpServletRequest request) {
		Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		if (!(previous instanceof RequestPath)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			for (RequestMappingInfoHandlerMapping mapping : mappings()) {
				try {
					if (mapping.getHandler(request) != null) {
						return true;
					}
				}
				catch (HttpRequestMethodNotSupportedException | HttpMediaTypeException
						| ServletRequestBindingException ex) {
					// The path is an endpoint's, the request is not one it takes: Spring
					// MVC refuses it (405, 415, 400) without running anything.
				}
				catch (Exception ex) {
					// Unsure: closed.
					return true;
				}
			}
			return false;
		}
		finally {
			if (!(previous instanceof RequestPath)) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

	private Collection<RequestMappingInfoHandlerMapping> mappings() {
		Collection<RequestMappingInfoHandlerMapping> found = this.mappings;
		if (found == null) {
			found = this.beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values();
			this.mappings = found;
		}
		return found;
	}

}
