@NullMarked
package cn.guifan.search.analysis;

import org.jspecify.annotations.NullMarked;
