@NullMarked
package cn.guifan.schemas.text;

import org.jspecify.annotations.NullMarked;
