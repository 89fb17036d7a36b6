package cn.guifan.registry.campaign;

/**
 * A candidate flag on a document, explained in a sentence a registrar can check.
 *
 * @param code the kind of flag ({@link FlagKind})
 * @param label its short name
 * @param text why, with the documents, events and dates it rests on
 */
record Flag(String code, String label, String text) {

	static Flag of(FlagKind kind, String text) {
		return new Flag(kind.name(), kind.label(), text);
	}

}
