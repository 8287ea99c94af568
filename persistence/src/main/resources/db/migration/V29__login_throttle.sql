-- Failed logins counted per account + source address, per account and per address (LoginThrottle), in the
-- database so that every application node sees the same blocks. account is the canonical name typed ('' for an
-- address's own count), address the client's address ('' for an account's own count). audited_at: the last
-- refusal written to the audit trail for this key (at most one a minute).
CREATE TABLE login_failure (
    kind            VARCHAR(10)  NOT NULL,
    account         VARCHAR(60)  NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(3)  NOT NULL,
    audited_at      DATETIME(3)  NULL,
    PRIMARY KEY (kind, account, address),
    KEY ix_login_failure_last (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
