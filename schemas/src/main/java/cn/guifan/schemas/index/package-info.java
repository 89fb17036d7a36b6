@NullMarked
package cn.guifan.schemas.index;

import org.jspecify.annotations.NullMarked;
