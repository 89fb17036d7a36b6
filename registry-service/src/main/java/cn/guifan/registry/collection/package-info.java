/**
 * Compiled collections (汇编): a definition (title, scope, as-of date, grouping, order)
 * built by a Spring Batch job into a PDF and a DOCX with an 编辑说明, a table of contents and
 * each document's metadata and full text as of the date; stored with its definition,
 * reproducible, and listed publicly with its as-of date. Rules of 国务院令第63号: a collection
 * of what is in force includes nothing repealed or invalid, and each item is complete.
 */
@NullMarked
package cn.guifan.registry.collection;

import org.jspecify.annotations.NullMarked;
