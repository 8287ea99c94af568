-- The last day for the units' monthly reports of each period.
CREATE TABLE period_deadline (
    period_year  SMALLINT NOT NULL,
    period_month TINYINT  NOT NULL,
    deadline     DATE     NOT NULL,
    PRIMARY KEY (period_year, period_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
