-- Directory login: the administrator's mapping from a directory group (by its canonical name: GroupName) to roles,
-- units and committees (comma-separated codes, checked by GroupMappingService), and the accounts that directory
-- logins created (a local account of the same name is never taken over).
CREATE TABLE directory_group_mapping (
    group_name  VARCHAR(400) NOT NULL PRIMARY KEY,
    written     VARCHAR(400) NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    units       TEXT         NOT NULL,
    committees  TEXT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE directory_account (
    username VARCHAR(60) NOT NULL PRIMARY KEY,
    CONSTRAINT fk_directory_account_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
