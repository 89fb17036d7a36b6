@NullMarked
package cn.guifan.schemas.lifecycle;

import org.jspecify.annotations.NullMarked;
