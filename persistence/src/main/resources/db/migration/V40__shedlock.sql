-- The lock of the scheduled jobs (ShedLock, its JDBC provider): one row per job name, so that with two or more
-- nodes on this database a job runs on one node at a time. The table as ShedLock documents it for MySQL/MariaDB;
-- the times are the database's own (usingDbTime), in UTC.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
