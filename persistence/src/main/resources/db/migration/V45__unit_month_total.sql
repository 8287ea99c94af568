-- Per-unit monthly totals of the budget and the actuals, kept by the import and its undo in the same transaction as
-- the lines (persistence.followup.UnitMonthTotals): one row per year, unit and month, NULL where the unit has no
-- budget line (budget) or no actual (actual) in that month. The follow-up table's per-unit sums and the overview's
-- trend read this table (about 48 000 rows for a year of 4 000 units) instead of every line. The columns are wider
-- than a line's DECIMAL(15, 2): a month's total adds up to 400 accounts' lines, exactly.
CREATE TABLE unit_month_total (
    period_year  SMALLINT       NOT NULL,
    unit_code    VARCHAR(20)    NOT NULL,
    period_month TINYINT        NOT NULL,
    budget       DECIMAL(20, 2) NULL,
    actual       DECIMAL(20, 2) NULL,
    PRIMARY KEY (period_year, unit_code, period_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO unit_month_total (period_year, unit_code, period_month, budget)
SELECT period_year, unit_code, period_month, SUM(amount)
FROM budget_amount
GROUP BY period_year, unit_code, period_month;

INSERT INTO unit_month_total (period_year, unit_code, period_month, actual)
SELECT s.period_year, s.unit_code, n.m,
       CASE n.m WHEN 1 THEN s.s01 WHEN 2 THEN s.s02 WHEN 3 THEN s.s03 WHEN 4 THEN s.s04 WHEN 5 THEN s.s05
                WHEN 6 THEN s.s06 WHEN 7 THEN s.s07 WHEN 8 THEN s.s08 WHEN 9 THEN s.s09 WHEN 10 THEN s.s10
                WHEN 11 THEN s.s11 ELSE s.s12 END AS total
FROM (SELECT period_year, unit_code, SUM(m01) AS s01, SUM(m02) AS s02, SUM(m03) AS s03, SUM(m04) AS s04,
             SUM(m05) AS s05, SUM(m06) AS s06, SUM(m07) AS s07, SUM(m08) AS s08, SUM(m09) AS s09, SUM(m10) AS s10,
             SUM(m11) AS s11, SUM(m12) AS s12
      FROM actual_year
      GROUP BY period_year, unit_code) s
JOIN (SELECT 1 AS m UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6
      UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11
      UNION ALL SELECT 12) n
WHERE CASE n.m WHEN 1 THEN s.s01 WHEN 2 THEN s.s02 WHEN 3 THEN s.s03 WHEN 4 THEN s.s04 WHEN 5 THEN s.s05
               WHEN 6 THEN s.s06 WHEN 7 THEN s.s07 WHEN 8 THEN s.s08 WHEN 9 THEN s.s09 WHEN 10 THEN s.s10
               WHEN 11 THEN s.s11 ELSE s.s12 END IS NOT NULL
ON DUPLICATE KEY UPDATE actual = VALUES(actual);
