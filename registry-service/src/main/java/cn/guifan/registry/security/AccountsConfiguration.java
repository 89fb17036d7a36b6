package cn.guifan.registry.security;

import java.time.Clock;

import cn.guifan.registry.config.GuifanProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts in the database, for the service and the command line alike: how passwords are
 * hashed, how a sign-in is checked and throttled, and the accounts seeded at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class AccountsConfiguration {

	/** A post-processor: static, so that it exists before the data source's settings. */
	@Bean
	static DatabaseHardening databaseHardening() {
		return new DatabaseHardening();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	DatabaseAccounts databaseAccounts(AccountStore store, Clock clock) {
		return new DatabaseAccounts(store, clock);
	}

	@Bean
	AuthenticationProvider throttledAuthentication(DatabaseAccounts accounts, PasswordEncoder encoder,
			AccountStore store, SecurityProperties properties, Clock clock) {
		return new ThrottledAuthentication(accounts, encoder, store, properties.login(), clock);
	}

	@Bean
	AccountSeeder accountSeeder(Accounts accounts, AccountStore store, SecurityProperties properties,
			ObjectProvider<InitialAccounts> contributions, GuifanProperties guifan) {
		return new AccountSeeder(accounts, store, properties, contributions, guifan);
	}

}
