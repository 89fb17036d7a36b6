package cn.guifan.registry.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The accounts given in configuration (or generated on first start). */
final class ConfiguredAccounts implements UserDetailsService {

	private final Map<String, Account> accounts = new LinkedHashMap<>();

	ConfiguredAccounts(List<Account> accounts) {
		accounts.forEach((a) -> this.accounts.put(a.getUsername(), a));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.get(username);
		if (account == null) {
			throw new UsernameNotFoundException(username);
		}
		// A copy, so that erasing the credentials of a login does not erase the stored
		// ones.
		return account.copy();
	}

}
