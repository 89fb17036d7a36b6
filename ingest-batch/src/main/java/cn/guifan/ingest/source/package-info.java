@NullMarked
package cn.guifan.ingest.source;

import org.jspecify.annotations.NullMarked;
