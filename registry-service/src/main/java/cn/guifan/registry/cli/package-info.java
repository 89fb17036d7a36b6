@NullMarked
package cn.guifan.registry.cli;

import org.jspecify.annotations.NullMarked;
