/** 新旧对照: two versions of a text aligned article by article. */
@NullMarked
package cn.guifan.registry.diff;

import org.jspecify.annotations.NullMarked;
