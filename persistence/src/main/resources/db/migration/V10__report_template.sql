-- The kommun's own texts of the generated documents: one row per template key it overrides (the defaults are
-- the domain's resource se/ekonomiuppfoljning/reports/tjansteskrivelse.properties). The portal serves one kommun.
CREATE TABLE report_template_text (
    text_key   VARCHAR(100)  NOT NULL,
    text       TEXT          NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    updated_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (text_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
