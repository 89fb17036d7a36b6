package cn.guifan.registry.security;

import java.util.List;

/**
 * Accounts a feature wants to exist, created at start when missing (never changed once
 * they exist): a bean of this type is all it takes, e.g. the demo's department accounts
 * for the sample organs. An account without a password gets a generated one, written with
 * the others to {@code <data>/initial-credentials.txt} (readable by its owner only).
 */
@FunctionalInterface
public interface InitialAccounts {

	/** The accounts to create when missing. */
	List<Accounts.NewAccount> accounts();

}
