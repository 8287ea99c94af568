-- An account made by the identity provider's login (OIDC) belongs to the identity that first logged in to it: the
-- token's issuer and subject (sub, or Entra ID's oid), not its changeable login name. One identity per account, one
-- account per identity; login_name is the name the provider gave at the last login (a rename there is audited and
-- changes no account). Goes with its account.
CREATE TABLE directory_identity (
    username   VARCHAR(60)  NOT NULL PRIMARY KEY,
    issuer     VARCHAR(400) NOT NULL COLLATE utf8mb4_bin,
    subject    VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    login_name VARCHAR(60)  NOT NULL,
    UNIQUE KEY uk_directory_identity (issuer, subject),
    CONSTRAINT fk_directory_identity_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
