@NullMarked
package cn.guifan.search.query;

import org.jspecify.annotations.NullMarked;
