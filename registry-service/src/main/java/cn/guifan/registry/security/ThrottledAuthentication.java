package cn.guifan.registry.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in with a name and password (the login form and HTTP Basic alike), counting
 * failures per account: after {@code guifan.security.login.max-failures} wrong passwords
 * in a row the account is locked for {@code lock-duration}, and while it is locked even
 * the right password is refused (the lock is checked before the password). A success
 * resets the count. Failures are counted per client address too ({@link ClientThrottle}):
 * after {@code max-client-failures} within {@code lock-duration}, whatever the accounts,
 * the address is refused until that time has passed.
 */
final class ThrottledAuthentication extends DaoAuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthentication.class);

	private final AccountStore store;

	private final SecurityProperties.Login settings;

	private final Clock clock;

	private final ClientThrottle clients;

	ThrottledAuthentication(DatabaseAccounts accounts, PasswordEncoder encoder, AccountStore store,
			SecurityProperties.Login settings, Clock clock) {
		super(accounts);
		setPasswordEncoder(encoder);
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.clients = new ClientThrottle(settings.maxClientFailures(), settings.lockDuration(), clock);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String client = (authentication.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress()
				: null;
		if (client != null) {
			this.clients.check(client);
		}
		try {
			Authentication result = super.authenticate(authentication);
			this.store.recordSuccess(result.getName());
			return result;
		}
		catch (BadCredentialsException ex) {
			if (client != null) {
				this.clients.failed(client);
			}
			String name = authentication.getName();
			if (name != null && this.store.recordFailure(name, this.settings.maxFailures(),
					this.clock.instant().plus(this.settings.lockDuration()))) {
				logger.warn("Account '{}' locked for {} after {} failed sign-ins", name, this.settings.lockDuration(),
						this.settings.maxFailures());
			}
			throw ex;
		}
	}

}
