-- API keys for integrations (ApiKeyService): only the key's SHA-256 (hex) is stored, with the first characters
-- shown to the administrator. Times are UTC. A key belongs to a user and goes with them.
CREATE TABLE api_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner        VARCHAR(60)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    prefix       VARCHAR(20)  NOT NULL,
    key_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    expires_on   DATE         NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_owner FOREIGN KEY (owner) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
