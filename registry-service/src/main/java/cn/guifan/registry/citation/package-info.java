/**
 * "Can I cite this?": the validity of a document named by number or title on a date, and
 * the check of every citation in a draft.
 */
@NullMarked
package cn.guifan.registry.citation;

import org.jspecify.annotations.NullMarked;
