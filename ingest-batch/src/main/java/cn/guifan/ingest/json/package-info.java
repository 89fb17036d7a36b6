@NullMarked
package cn.guifan.ingest.json;

import org.jspecify.annotations.NullMarked;
