@NullMarked
package cn.guifan.search.index;

import org.jspecify.annotations.NullMarked;
