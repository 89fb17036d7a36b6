@NullMarked
package cn.guifan.schemas.document;

import org.jspecify.annotations.NullMarked;
