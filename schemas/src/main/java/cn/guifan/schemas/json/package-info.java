/** JSON Schemas of the records Guifan reads and writes. */
@NullMarked
package cn.guifan.schemas.json;

import org.jspecify.annotations.NullMarked;
