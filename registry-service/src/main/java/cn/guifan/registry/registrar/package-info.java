/**
 * What registrars do: record lifecycle events, correct metadata, read the audit log and
 * reports.
 */
@NullMarked
package cn.guifan.registry.registrar;

import org.jspecify.annotations.NullMarked;
