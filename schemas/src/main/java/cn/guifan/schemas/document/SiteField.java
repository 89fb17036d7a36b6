package cn.guifan.schemas.document;

import java.util.Objects;

/**
 * One labelled value of the metadata table a web page or a law database prints with a
 * document (发文字号: 青政办〔2021〕12号), kept as the site wrote it: the document's own words may
 * say otherwise.
 *
 * @param label the label without spaces or brackets (发文字号, 成文日期, 有效性 …)
 * @param value the value as printed, spaces collapsed
 */
public record SiteField(String label, String value) {

	public SiteField {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(value, "value");
	}

}
