/**
 * How current the registry is ("数据更新至 …"): the last recorded change and the last
 * completed expiry sweep, on every page (the shared footer) and with every API answer and
 * feed (response headers), and as JSON at {@code /api/v1/freshness}.
 */
@NullMarked
package cn.guifan.registry.freshness;

import org.jspecify.annotations.NullMarked;
