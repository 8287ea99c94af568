-- Actuals month-wide: one row per year, unit and account with a column per month (m01..m12, NULL where the
-- ledger has no line for that month; a line that sums to 0 is stored as 0). A large kommun's year is about 90 000
-- rows instead of 730 000 lines, which is what lets an import store a year faster than the ledger's raw rows can be
-- loaded (docs/benchmark.md). The keys stay: primary key, foreign keys to unit and account.
CREATE TABLE actual_year (
    period_year  SMALLINT      NOT NULL,
    unit_code    VARCHAR(20)   NOT NULL,
    account_code VARCHAR(10)   NOT NULL,
    m01          DECIMAL(15, 2) NULL,
    m02          DECIMAL(15, 2) NULL,
    m03          DECIMAL(15, 2) NULL,
    m04          DECIMAL(15, 2) NULL,
    m05          DECIMAL(15, 2) NULL,
    m06          DECIMAL(15, 2) NULL,
    m07          DECIMAL(15, 2) NULL,
    m08          DECIMAL(15, 2) NULL,
    m09          DECIMAL(15, 2) NULL,
    m10          DECIMAL(15, 2) NULL,
    m11          DECIMAL(15, 2) NULL,
    m12          DECIMAL(15, 2) NULL,
    PRIMARY KEY (period_year, unit_code, account_code),
    CONSTRAINT fk_actual_year_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_actual_year_account FOREIGN KEY (account_code) REFERENCES account (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO actual_year (period_year, unit_code, account_code, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12)
SELECT period_year, unit_code, account_code,
       MAX(CASE WHEN period_month = 1 THEN amount END),
       MAX(CASE WHEN period_month = 2 THEN amount END),
       MAX(CASE WHEN period_month = 3 THEN amount END),
       MAX(CASE WHEN period_month = 4 THEN amount END),
       MAX(CASE WHEN period_month = 5 THEN amount END),
       MAX(CASE WHEN period_month = 6 THEN amount END),
       MAX(CASE WHEN period_month = 7 THEN amount END),
       MAX(CASE WHEN period_month = 8 THEN amount END),
       MAX(CASE WHEN period_month = 9 THEN amount END),
       MAX(CASE WHEN period_month = 10 THEN amount END),
       MAX(CASE WHEN period_month = 11 THEN amount END),
       MAX(CASE WHEN period_month = 12 THEN amount END)
FROM actual_amount
GROUP BY period_year, unit_code, account_code;

-- What an import replaced, month-wide as well: only the months of the import's periods are set.
CREATE TABLE actual_year_replaced (
    import_id    BIGINT        NOT NULL,
    period_year  SMALLINT      NOT NULL,
    unit_code    VARCHAR(20)   NOT NULL,
    account_code VARCHAR(10)   NOT NULL,
    m01          DECIMAL(15, 2) NULL,
    m02          DECIMAL(15, 2) NULL,
    m03          DECIMAL(15, 2) NULL,
    m04          DECIMAL(15, 2) NULL,
    m05          DECIMAL(15, 2) NULL,
    m06          DECIMAL(15, 2) NULL,
    m07          DECIMAL(15, 2) NULL,
    m08          DECIMAL(15, 2) NULL,
    m09          DECIMAL(15, 2) NULL,
    m10          DECIMAL(15, 2) NULL,
    m11          DECIMAL(15, 2) NULL,
    m12          DECIMAL(15, 2) NULL,
    PRIMARY KEY (import_id, period_year, unit_code, account_code),
    CONSTRAINT fk_actual_year_replaced_import FOREIGN KEY (import_id) REFERENCES import_log (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO actual_year_replaced (import_id, period_year, unit_code, account_code, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12)
SELECT import_id, period_year, unit_code, account_code,
       MAX(CASE WHEN period_month = 1 THEN amount END),
       MAX(CASE WHEN period_month = 2 THEN amount END),
       MAX(CASE WHEN period_month = 3 THEN amount END),
       MAX(CASE WHEN period_month = 4 THEN amount END),
       MAX(CASE WHEN period_month = 5 THEN amount END),
       MAX(CASE WHEN period_month = 6 THEN amount END),
       MAX(CASE WHEN period_month = 7 THEN amount END),
       MAX(CASE WHEN period_month = 8 THEN amount END),
       MAX(CASE WHEN period_month = 9 THEN amount END),
       MAX(CASE WHEN period_month = 10 THEN amount END),
       MAX(CASE WHEN period_month = 11 THEN amount END),
       MAX(CASE WHEN period_month = 12 THEN amount END)
FROM actual_amount_replaced
GROUP BY import_id, period_year, unit_code, account_code;

DROP TABLE actual_amount_replaced;
DROP TABLE actual_amount;

-- The lines as they were stored before (unit, account, year, month, amount), for reading by hand, reporting
-- tools and tests. The portal's own queries read actual_year.
CREATE VIEW actual_amount AS
SELECT unit_code, account_code, period_year, 1 AS period_month, m01 AS amount FROM actual_year WHERE m01 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 2 AS period_month, m02 AS amount FROM actual_year WHERE m02 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 3 AS period_month, m03 AS amount FROM actual_year WHERE m03 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 4 AS period_month, m04 AS amount FROM actual_year WHERE m04 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 5 AS period_month, m05 AS amount FROM actual_year WHERE m05 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 6 AS period_month, m06 AS amount FROM actual_year WHERE m06 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 7 AS period_month, m07 AS amount FROM actual_year WHERE m07 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 8 AS period_month, m08 AS amount FROM actual_year WHERE m08 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 9 AS period_month, m09 AS amount FROM actual_year WHERE m09 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 10 AS period_month, m10 AS amount FROM actual_year WHERE m10 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 11 AS period_month, m11 AS amount FROM actual_year WHERE m11 IS NOT NULL
UNION ALL
SELECT unit_code, account_code, period_year, 12 AS period_month, m12 AS amount FROM actual_year WHERE m12 IS NOT NULL;

CREATE VIEW actual_amount_replaced AS
SELECT import_id, unit_code, account_code, period_year, 1 AS period_month, m01 AS amount FROM actual_year_replaced WHERE m01 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 2 AS period_month, m02 AS amount FROM actual_year_replaced WHERE m02 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 3 AS period_month, m03 AS amount FROM actual_year_replaced WHERE m03 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 4 AS period_month, m04 AS amount FROM actual_year_replaced WHERE m04 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 5 AS period_month, m05 AS amount FROM actual_year_replaced WHERE m05 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 6 AS period_month, m06 AS amount FROM actual_year_replaced WHERE m06 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 7 AS period_month, m07 AS amount FROM actual_year_replaced WHERE m07 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 8 AS period_month, m08 AS amount FROM actual_year_replaced WHERE m08 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 9 AS period_month, m09 AS amount FROM actual_year_replaced WHERE m09 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 10 AS period_month, m10 AS amount FROM actual_year_replaced WHERE m10 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 11 AS period_month, m11 AS amount FROM actual_year_replaced WHERE m11 IS NOT NULL
UNION ALL
SELECT import_id, unit_code, account_code, period_year, 12 AS period_month, m12 AS amount FROM actual_year_replaced WHERE m12 IS NOT NULL;
