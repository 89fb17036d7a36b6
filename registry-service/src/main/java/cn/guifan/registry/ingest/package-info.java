@NullMarked
package cn.guifan.registry.ingest;

import org.jspecify.annotations.NullMarked;
