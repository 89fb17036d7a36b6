@NullMarked
package cn.guifan.registry.web;

import org.jspecify.annotations.NullMarked;
