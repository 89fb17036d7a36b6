@NullMarked
package cn.guifan.schemas.docnumber;

import org.jspecify.annotations.NullMarked;
