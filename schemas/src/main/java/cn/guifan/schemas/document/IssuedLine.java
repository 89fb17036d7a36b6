package cn.guifan.schemas.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The 印发 line of the 版记: "青禾县人民政府办公室 2022年3月16日印发".
 *
 * @param organ the organ that printed and issued the document
 * @param date the 印发 date
 * @param text the line as printed
 */
public record IssuedLine(String organ, @Nullable LocalDate date, String text) {
}
