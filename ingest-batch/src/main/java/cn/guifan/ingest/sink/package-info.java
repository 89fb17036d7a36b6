@NullMarked
package cn.guifan.ingest.sink;

import org.jspecify.annotations.NullMarked;
