package cn.guifan.schemas.document;

import cn.guifan.schemas.docnumber.DocNumber;
import org.jspecify.annotations.Nullable;

/**
 * A clause by which a document repeals another: "原《青禾县…办法》（青政办〔2019〕8号）同时废止".
 *
 * @param title the repealed document's title, without 《》, when printed
 * @param docNumber the repealed document's number, when printed
 * @param text the clause as printed
 * @param span where the clause is in the text
 */
public record RepealClause(@Nullable String title, @Nullable DocNumber docNumber, String text, TextSpan span) {
}
