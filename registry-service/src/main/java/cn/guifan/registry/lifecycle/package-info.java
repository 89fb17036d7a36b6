@NullMarked
package cn.guifan.registry.lifecycle;

import org.jspecify.annotations.NullMarked;
