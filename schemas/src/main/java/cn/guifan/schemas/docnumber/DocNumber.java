package cn.guifan.schemas.docnumber;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A 发文字号 (document number) as printed and in the one normalized form the registry matches
 * on.
 * <p>
 * The normalized form of a bracketed number is {@code 机关代字〔年份〕序号号} with half-width digits
 * and no spaces, e.g. {@code 国办发〔2020〕17号} for 国办发[2020]17号, 国办发（２０２０）17号 or 国办发 〔2020〕
 * 017 号. An order (令) number is normalized to {@code 机关令第N号}, e.g. {@code 国务院令第722号},
 * dropping the 中华人民共和国 prefix that some printings carry.
 *
 * @param printed the number as it appears in the source, trimmed
 * @param normalized the canonical form used for matching and display in lists
 * @param agency the 机关代字 (e.g. 国办发) or the ordering organ (e.g. 国务院), if any
 * @param year the year in the brackets, or the year of an order when printed
 * @param serial the serial number
 * @param form bracketed number or order number
 */
public record DocNumber(String printed, String normalized, String agency, @Nullable Integer year, int serial,
		Form form) {

	public DocNumber {
		Objects.requireNonNull(printed, "printed");
		Objects.requireNonNull(normalized, "normalized");
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(form, "form");
		if (serial < 0) {
			throw new IllegalArgumentException("serial must not be negative: " + serial);
		}
	}

	/** The two shapes of a document number. */
	public enum Form {

		/** 机关代字〔年份〕序号号, the GB/T 9704 发文字号. */
		BRACKETED,

		/** 机关令第N号, the number of a 令 (order) that promulgates a regulation or rule. */
		ORDER,

		/**
		 * 机关公告第N号, the number of a 公告 by which a government publishes a document or a
		 * standing committee a regulation.
		 */
		ANNOUNCEMENT

	}

	@Override
	public String toString() {
		return this.normalized;
	}

}
