package cn.guifan.registry.security;

/** The roles of the registry's users. */
public final class Roles {

	/** Department staff (部门): their own drafts and cleanup tasks. */
	public static final String DEPARTMENT = "DEPARTMENT";

	/**
	 * The justice bureau's registrars (司法局): edits, lifecycle events, campaigns,
	 * publication.
	 */
	public static final String REGISTRAR = "REGISTRAR";

	/** Administrators. */
	public static final String ADMIN = "ADMIN";

	private Roles() {
	}

}
