package cn.guifan.ingest.text;

import cn.guifan.schemas.document.SourceFile;

/**
 * The text of one file and what the file is.
 *
 * @param text the text, with LF line ends
 * @param source the file: digest, name, detected media type and size
 */
public record ExtractedText(String text, SourceFile source) {
}
