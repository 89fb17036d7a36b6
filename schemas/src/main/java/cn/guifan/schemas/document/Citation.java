package cn.guifan.schemas.document;

import java.util.List;

import cn.guifan.schemas.docnumber.DocNumber;
import org.jspecify.annotations.Nullable;

/**
 * A reference to another document by its title in 《》, optionally followed by its number
 * in （）: 《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）.
 *
 * @param title the cited title, without 《》
 * @param docNumber the number printed after the title, if any
 * @param span where the citation (title and number) is in the text
 * @param innerTitles titles nested inside the cited one, as in 《关于修改〈中华人民共和国会计法〉的决定》
 */
public record Citation(String title, @Nullable DocNumber docNumber, TextSpan span, List<String> innerTitles) {

	public Citation {
		innerTitles = List.copyOf(innerTitles);
	}

}
