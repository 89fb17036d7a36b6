@NullMarked
package cn.guifan.ingest.text;

import org.jspecify.annotations.NullMarked;
