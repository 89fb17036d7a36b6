/**
 * The gazette (政府公报): where a document was published in it (gazette, year, issue, overall
 * number, pages), documents listed by gazette issue, and the gazette text marked as the
 * standard text. Owns {@code gazette_issue} and {@code gazette_article}.
 */
@NullMarked
package cn.guifan.registry.gazette;

import org.jspecify.annotations.NullMarked;
