-- A rebuild of the search index (a reindex job) while it runs, and how the last one ended.
-- One row per index alias. While a rebuild holds its lease, outbox indexers in every process
-- leave the outbox alone, so changes made meanwhile wait there and reach the new index after
-- the swap. A rebuild that dies stops renewing its lease and the indexers go on.
CREATE TABLE index_rebuild (
    alias        VARCHAR(200)             PRIMARY KEY,
    status       VARCHAR(20)              NOT NULL,
    owner        VARCHAR(64)              NOT NULL,
    target_index VARCHAR(300),
    phase        VARCHAR(40)              NOT NULL,
    total        BIGINT                   DEFAULT 0 NOT NULL,
    done         BIGINT                   DEFAULT 0 NOT NULL,
    failed       BIGINT                   DEFAULT 0 NOT NULL,
    message      VARCHAR(2000),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
