/** The audit log: every change of status or metadata, with who, when, what and why. */
@NullMarked
package cn.guifan.registry.audit;

import org.jspecify.annotations.NullMarked;
