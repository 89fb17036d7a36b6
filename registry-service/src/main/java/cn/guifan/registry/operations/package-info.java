/**
 * Operations: health checks and metrics for monitoring ({@code /actuator/health},
 * {@code /actuator/prometheus}), backup and restore of the data folder, and moving an H2
 * registry to PostgreSQL. Owns no tables; it reads the other features through their
 * public APIs and copies the database as a whole.
 */
@NullMarked
package cn.guifan.registry.operations;

import org.jspecify.annotations.NullMarked;
