@NullMarked
package cn.guifan.search.client;

import org.jspecify.annotations.NullMarked;
