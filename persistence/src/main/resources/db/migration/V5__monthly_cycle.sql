-- The monthly cycle: each unit's report per period, the actions (åtgärder) that follow a unit until closed, the
-- kommun's thresholds for a mandatory analysis, and the audit trail. Times are stored in UTC. version columns are
-- checked by every UPDATE (optimistic locking).

CREATE TABLE unit_report (
    unit_code        VARCHAR(20)    NOT NULL,
    period_year      SMALLINT       NOT NULL,
    period_month     TINYINT        NOT NULL,
    state            VARCHAR(12)    NOT NULL,
    follow_up_status VARCHAR(20)    NULL,
    follow_up_text   TEXT           NOT NULL,
    analysis         TEXT           NOT NULL,
    forecast         DECIMAL(15, 2) NULL,
    review_comment   TEXT           NOT NULL,
    updated_by       VARCHAR(60)    NOT NULL,
    updated_at       DATETIME(3)    NOT NULL,
    version          BIGINT         NOT NULL,
    PRIMARY KEY (unit_code, period_year, period_month),
    KEY ix_unit_report_period (period_year, period_month, unit_code),
    CONSTRAINT fk_unit_report_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT ck_unit_report_month CHECK (period_month BETWEEN 1 AND 12),
    CONSTRAINT ck_unit_report_state CHECK (state IN ('DRAFT', 'READY', 'APPROVED', 'SENT_BACK')),
    CONSTRAINT ck_unit_report_status CHECK (follow_up_status IS NULL
        OR follow_up_status IN ('ENLIGT_PLAN', 'MINDRE_AVVIKELSE', 'ALLVARLIG_AVVIKELSE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE unit_action (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code          VARCHAR(20)    NOT NULL,
    period_year        SMALLINT       NOT NULL,
    period_month       TINYINT        NOT NULL,
    what               TEXT           NOT NULL,
    cause              TEXT           NOT NULL,
    responsible        VARCHAR(200)   NOT NULL,
    due_date           DATE           NOT NULL,
    expected_effect    DECIMAL(15, 2) NOT NULL,
    decision_level     VARCHAR(20)    NOT NULL,
    status             VARCHAR(12)    NOT NULL,
    decision_organ     VARCHAR(200)   NULL,
    decision_date      DATE           NULL,
    decision_paragraph INT            NULL,
    created_by         VARCHAR(60)    NOT NULL,
    created_at         DATETIME(3)    NOT NULL,
    updated_by         VARCHAR(60)    NOT NULL,
    updated_at         DATETIME(3)    NOT NULL,
    version            BIGINT         NOT NULL,
    KEY ix_unit_action_unit (unit_code, status, due_date),
    CONSTRAINT fk_unit_action_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT ck_unit_action_month CHECK (period_month BETWEEN 1 AND 12),
    CONSTRAINT ck_unit_action_level CHECK (decision_level IN ('VERKSAMHETSNIVA', 'POLITISK_NIVA')),
    CONSTRAINT ck_unit_action_status CHECK (status IN ('FORESLAGEN', 'BESLUTAD', 'PAGAR', 'GENOMFORD', 'AVBRUTEN')),
    CONSTRAINT ck_unit_action_decision CHECK ((decision_organ IS NULL AND decision_date IS NULL
        AND decision_paragraph IS NULL) OR (decision_organ IS NOT NULL AND decision_date IS NOT NULL
        AND decision_paragraph IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The single kommun's thresholds; absent means the defaults (100 000 kr, 5 %).
CREATE TABLE cycle_thresholds (
    id                    TINYINT        NOT NULL PRIMARY KEY,
    ytd_deviation_kronor  DECIMAL(15, 2) NOT NULL,
    ytd_deviation_percent DECIMAL(5, 2)  NOT NULL,
    CONSTRAINT ck_cycle_thresholds_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every change of the cycle: who, when, which entity (kind and id) and its text before and after.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(60)  NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    entity      VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    before_text MEDIUMTEXT   NULL,
    after_text  MEDIUMTEXT   NULL,
    KEY ix_audit_entry_entity (entity, entity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
