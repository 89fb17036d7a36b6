/**
 * Documents written out as files: any document as it stood on a date as PDF, DOCX or TXT
 * with a header stating its status then, and the book writers that compiled collections
 * (汇编) use. PDFs embed a CJK font; both PDF and DOCX are written as they go, so a book of
 * thousands of documents needs no more memory than one.
 */
@NullMarked
package cn.guifan.registry.export;

import org.jspecify.annotations.NullMarked;
