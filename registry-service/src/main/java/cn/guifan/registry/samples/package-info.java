@NullMarked
package cn.guifan.registry.samples;

import org.jspecify.annotations.NullMarked;
