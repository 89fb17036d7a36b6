/** What several features share: the errors a request can meet. */
@NullMarked
package cn.guifan.registry.common;

import org.jspecify.annotations.NullMarked;
