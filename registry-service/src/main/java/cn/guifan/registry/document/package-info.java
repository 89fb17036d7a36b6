@NullMarked
package cn.guifan.registry.document;

import org.jspecify.annotations.NullMarked;
