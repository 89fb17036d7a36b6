/**
 * Running as several instances on one database: a scheduled job that every instance fires
 * (the nightly expiry sweep) runs on one of them only, by a lease on a row of
 * {@code job_lock}.
 */
@NullMarked
package cn.guifan.registry.cluster;

import org.jspecify.annotations.NullMarked;
