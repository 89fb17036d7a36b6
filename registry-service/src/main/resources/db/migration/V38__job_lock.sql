-- Leases of scheduled jobs, so that of several instances on one database one runs each
-- firing (cluster.JobLocks). Issue 11, part D.
CREATE TABLE job_lock (
    name         VARCHAR(100) PRIMARY KEY,
    locked_by    VARCHAR(200) NOT NULL,
    locked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
