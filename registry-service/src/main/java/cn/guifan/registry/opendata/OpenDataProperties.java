package cn.guifan.registry.opendata;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the bulk export ({@code guifan.open-data.*}).
 *
 * @param snapshotDir where dated snapshots are kept; defaults to
 * {@code <dataDir>/open-data}
 * @param snapshotCron when a snapshot is taken (after the night's expiry sweep); "-" for
 * never
 * @param keepSnapshots how many dated snapshots are kept
 */
@ConfigurationProperties("guifan.open-data")
public record OpenDataProperties(@Nullable Path snapshotDir, @DefaultValue("0 40 2 * * *") String snapshotCron,
		@DefaultValue("30") int keepSnapshots) {
}
