package cn.guifan.registry.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Accounts as Spring Security reads them at sign-in: from the database, each time. */
final class DatabaseAccounts implements UserDetailsService {

	private final AccountStore store;

	private final Clock clock;

	DatabaseAccounts(AccountStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountStore.Row row = this.store.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(this.clock.instant());
		return new Account(row.username(), row.passwordHash(), row.roles(), row.displayName(), row.organization(),
				row.enabled(), locked);
	}

}
