-- Politicians' questions on a unit's month, and the answers.
CREATE TABLE unit_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code    VARCHAR(20)  NOT NULL,
    period_year  SMALLINT     NOT NULL,
    period_month TINYINT      NOT NULL,
    question     TEXT         NOT NULL,
    asked_by     VARCHAR(60)  NOT NULL,
    asked_at     DATETIME(3)  NOT NULL,
    answer       TEXT         NULL,
    answered_by  VARCHAR(60)  NULL,
    answered_at  DATETIME(3)  NULL,
    CONSTRAINT fk_question_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    INDEX ix_question_unit_period (unit_code, period_year, period_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
