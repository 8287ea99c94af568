-- Imports: the kommun the portal serves, the import history, what each import touched and what it replaced,
-- and the earlier budgets kept as versions. Times are stored in UTC.

-- The single kommun the portal serves, set from the first imported file (#FNAMN, #ORGNR).
CREATE TABLE kommun (
    id                  TINYINT      NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    organisation_number VARCHAR(20)  NOT NULL,
    CONSTRAINT ck_kommun_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE import_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(60)  NOT NULL,
    imported_at DATETIME(3)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    periods     VARCHAR(500) NOT NULL,
    row_count   BIGINT       NOT NULL,
    result      VARCHAR(100) NOT NULL,
    undone      BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The periods an import touched: a month of actuals (period_month 1..12), or a budget year (period_month 0).
CREATE TABLE import_period (
    import_id    BIGINT   NOT NULL,
    period_year  SMALLINT NOT NULL,
    period_month TINYINT  NOT NULL,
    PRIMARY KEY (import_id, period_year, period_month),
    KEY ix_import_period_period (period_year, period_month, import_id),
    CONSTRAINT fk_import_period_import FOREIGN KEY (import_id) REFERENCES import_log (id),
    CONSTRAINT ck_import_period_month CHECK (period_month BETWEEN 0 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The units an import replaced, for its actuals (target ACTUAL) and for its budget (target BUDGET): one SIE
-- file can carry both, for different units.
CREATE TABLE import_unit (
    import_id BIGINT      NOT NULL,
    target    VARCHAR(6)  NOT NULL,
    unit_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (import_id, target, unit_code),
    CONSTRAINT fk_import_unit_import FOREIGN KEY (import_id) REFERENCES import_log (id),
    CONSTRAINT ck_import_unit_target CHECK (target IN ('ACTUAL', 'BUDGET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The actual_amount rows an import replaced, put back when it is undone.
CREATE TABLE actual_amount_replaced (
    import_id    BIGINT         NOT NULL,
    unit_code    VARCHAR(20)    NOT NULL,
    account_code VARCHAR(10)    NOT NULL,
    period_year  SMALLINT       NOT NULL,
    period_month TINYINT        NOT NULL,
    amount       DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (import_id, period_year, unit_code, account_code, period_month),
    CONSTRAINT fk_actual_replaced_import FOREIGN KEY (import_id) REFERENCES import_log (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- An earlier budget of a year, kept when an import replaced it (only the units the import replaced).
CREATE TABLE budget_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_year SMALLINT     NOT NULL,
    name        VARCHAR(300) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    import_id   BIGINT       NOT NULL,
    KEY ix_budget_version_year (period_year, id),
    UNIQUE KEY uq_budget_version_import (import_id),
    CONSTRAINT fk_budget_version_import FOREIGN KEY (import_id) REFERENCES import_log (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE budget_version_amount (
    version_id   BIGINT         NOT NULL,
    unit_code    VARCHAR(20)    NOT NULL,
    account_code VARCHAR(10)    NOT NULL,
    period_year  SMALLINT       NOT NULL,
    period_month TINYINT        NOT NULL,
    amount       DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (version_id, unit_code, account_code, period_year, period_month),
    CONSTRAINT fk_budget_version_amount_version FOREIGN KEY (version_id) REFERENCES budget_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
