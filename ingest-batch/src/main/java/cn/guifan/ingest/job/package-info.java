@NullMarked
package cn.guifan.ingest.job;

import org.jspecify.annotations.NullMarked;
