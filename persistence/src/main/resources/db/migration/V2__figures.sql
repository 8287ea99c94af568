-- Budget and actual per unit, account and month, in kronor with öre. Sign as in SIE: costs +, revenue −.
CREATE TABLE budget_amount (
    unit_code    VARCHAR(20)   NOT NULL,
    account_code VARCHAR(10)   NOT NULL,
    period_year  SMALLINT      NOT NULL,
    period_month TINYINT       NOT NULL,
    amount       DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (period_year, unit_code, account_code, period_month),
    CONSTRAINT fk_budget_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_budget_account FOREIGN KEY (account_code) REFERENCES account (code),
    CONSTRAINT ck_budget_month CHECK (period_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE actual_amount (
    unit_code    VARCHAR(20)   NOT NULL,
    account_code VARCHAR(10)   NOT NULL,
    period_year  SMALLINT      NOT NULL,
    period_month TINYINT       NOT NULL,
    amount       DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (period_year, unit_code, account_code, period_month),
    CONSTRAINT fk_actual_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_actual_account FOREIGN KEY (account_code) REFERENCES account (code),
    CONSTRAINT ck_actual_month CHECK (period_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
