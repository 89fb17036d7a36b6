@NullMarked
package cn.guifan.ingest.metadata;

import org.jspecify.annotations.NullMarked;
