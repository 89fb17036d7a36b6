@NullMarked
package cn.guifan.registry.search;

import org.jspecify.annotations.NullMarked;
