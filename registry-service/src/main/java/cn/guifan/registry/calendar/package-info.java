/**
 * Working days (工作日) per the State Council's published holiday schedules, kept as data
 * ({@code calendar/holidays-cn.txt}): what "within 3 working days" means.
 */
@NullMarked
package cn.guifan.registry.calendar;

import org.jspecify.annotations.NullMarked;
