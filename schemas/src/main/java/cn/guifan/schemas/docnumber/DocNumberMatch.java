package cn.guifan.schemas.docnumber;

/**
 * A document number found inside a longer text.
 *
 * @param number the parsed number
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 */
public record DocNumberMatch(DocNumber number, int start, int end) {
}
