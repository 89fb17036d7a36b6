@NullMarked
package cn.guifan.registry.indexing;

import org.jspecify.annotations.NullMarked;
