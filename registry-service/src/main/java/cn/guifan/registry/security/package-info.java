/** Who may do what: anonymous readers, department staff, registrars, administrators. */
@NullMarked
package cn.guifan.registry.security;

import org.jspecify.annotations.NullMarked;
