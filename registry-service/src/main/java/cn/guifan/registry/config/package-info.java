@NullMarked
package cn.guifan.registry.config;

import org.jspecify.annotations.NullMarked;
