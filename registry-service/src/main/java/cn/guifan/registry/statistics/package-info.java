/**
 * Annual statistics for the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号, section 二, table 第二十条第（一）项):
 * for 规章 and 行政规范性文件, how many were made, repealed and are in force in a year, for any
 * issuing government with or without its departments, computed from the lifecycle (never
 * typed in), with the list behind every number.
 */
@NullMarked
package cn.guifan.registry.statistics;

import org.jspecify.annotations.NullMarked;
