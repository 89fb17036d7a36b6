/**
 * The registry's documents as people read them: a document's page and its JSON, as it
 * stood on any date (status, text, versions, timeline, relations), and downloads of its
 * original files. Anonymous users see public documents only.
 */
@NullMarked
package cn.guifan.registry.catalog;

import org.jspecify.annotations.NullMarked;
