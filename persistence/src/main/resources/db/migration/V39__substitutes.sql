-- Ersättare (SubstituteService): a chief's substitute for a range of days, both inclusive, in the kommun's time
-- zone. Ended substitutions are removed (the audit trail keeps them). Both users go with their accounts.
CREATE TABLE substitution (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    chief      VARCHAR(60) NOT NULL,
    substitute VARCHAR(60) NOT NULL,
    from_day   DATE        NOT NULL,
    to_day     DATE        NOT NULL,
    KEY ix_substitution_chief (chief, to_day),
    KEY ix_substitution_substitute (substitute, to_day),
    CONSTRAINT ck_substitution_range CHECK (from_day <= to_day),
    CONSTRAINT fk_substitution_chief FOREIGN KEY (chief) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT fk_substitution_substitute FOREIGN KEY (substitute) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- An act done as ersättare names the chief it was done for ("… som ersättare för …"); null for everything else.
ALTER TABLE audit_entry
    ADD COLUMN on_behalf_of VARCHAR(60) NULL AFTER username;
