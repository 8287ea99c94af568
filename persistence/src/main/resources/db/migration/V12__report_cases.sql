-- The follow-up cases (ärenden): one per node and period as the economist creates it, with the tjänsteskrivelse's
-- header fields, its stage and the meeting date per organ; the decisions with their § (unique per organ and year);
-- the snapshot kept when the case is sent to its first meeting (the documents' content as JSON and the raw figures
-- per listed unit in kronor); and the kommun's diarienummer pattern. Times are stored in UTC.
CREATE TABLE report_case (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code     VARCHAR(20)   NOT NULL,
    period_year   SMALLINT      NOT NULL,
    period_month  TINYINT       NOT NULL,
    case_number   VARCHAR(200)  NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    officer       VARCHAR(200)  NOT NULL,
    chief         VARCHAR(200)  NOT NULL,
    case_date     DATE          NOT NULL,
    proposal      TEXT          NOT NULL,
    for_knowledge TEXT          NOT NULL,
    for_action    TEXT          NOT NULL,
    stage         VARCHAR(20)   NOT NULL,
    au_meeting    DATE          NULL,
    ks_meeting    DATE          NULL,
    kf_meeting    DATE          NULL,
    frozen_at     DATETIME(3)   NULL,
    created_by    VARCHAR(60)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    updated_by    VARCHAR(60)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    version       BIGINT        NOT NULL,
    KEY ix_report_case_unit (unit_code, period_year, period_month),
    CONSTRAINT fk_report_case_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT ck_report_case_month CHECK (period_month BETWEEN 1 AND 12),
    CONSTRAINT ck_report_case_stage CHECK (stage IN ('UTKAST', 'ALLMANNA_UTSKOTTET', 'KOMMUNSTYRELSEN',
        'KOMMUNFULLMAKTIGE', 'AVSLUTAT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE report_case_decision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    organ         VARCHAR(4)    NOT NULL,
    decision_year SMALLINT      NOT NULL,
    paragraph     INT           NOT NULL,
    decision_date DATE          NOT NULL,
    decision_text TEXT          NOT NULL,
    recorded_by   VARCHAR(60)   NOT NULL,
    recorded_at   DATETIME(3)   NOT NULL,
    UNIQUE KEY ux_report_case_decision_paragraph (organ, decision_year, paragraph),
    UNIQUE KEY ux_report_case_decision_organ (case_id, organ),
    CONSTRAINT fk_report_case_decision_case FOREIGN KEY (case_id) REFERENCES report_case (id),
    CONSTRAINT ck_report_case_decision_organ CHECK (organ IN ('AU', 'KS', 'KF')),
    CONSTRAINT ck_report_case_decision_paragraph CHECK (paragraph >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The frozen documents: the tjänsteskrivelse and the part a protokollsutdrag quotes, as JSON of the domain's
-- ReportDocument (plain blocks, every text final).
CREATE TABLE report_case_snapshot (
    case_id       BIGINT        NOT NULL PRIMARY KEY,
    document_json MEDIUMTEXT    NOT NULL,
    excerpt_json  MEDIUMTEXT    NOT NULL,
    frozen_at     DATETIME(3)   NOT NULL,
    frozen_by     VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_report_case_snapshot_case FOREIGN KEY (case_id) REFERENCES report_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The frozen figures in kronor per listed unit, in the table's order; unit_code NULL is the total row.
CREATE TABLE report_case_figures (
    case_id       BIGINT         NOT NULL,
    position      INT            NOT NULL,
    unit_code     VARCHAR(20)    NULL,
    name          VARCHAR(200)   NOT NULL,
    month_budget  DECIMAL(15, 2) NOT NULL,
    month_actual  DECIMAL(15, 2) NOT NULL,
    annual_budget DECIMAL(15, 2) NOT NULL,
    ytd_budget    DECIMAL(15, 2) NOT NULL,
    ytd_actual    DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT fk_report_case_figures_case FOREIGN KEY (case_id) REFERENCES report_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The kommun's diarienummer pattern (a Java regular expression over the whole number); absent means none.
CREATE TABLE case_settings (
    id                  TINYINT      NOT NULL PRIMARY KEY,
    case_number_pattern VARCHAR(200) NOT NULL,
    updated_by          VARCHAR(60)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    CONSTRAINT ck_case_settings_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
