-- Portal users. Passwords are bcrypt hashes; scope comes from assigned units (chiefs, economists) and
-- committees (politicians).
CREATE TABLE app_user (
    username      VARCHAR(60)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE app_user_role (
    username VARCHAR(60) NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_role_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE app_user_unit (
    username  VARCHAR(60) NOT NULL,
    unit_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, unit_code),
    CONSTRAINT fk_user_unit_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT fk_user_unit_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE app_user_committee (
    username       VARCHAR(60) NOT NULL,
    committee_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, committee_code),
    CONSTRAINT fk_user_committee_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE,
    CONSTRAINT fk_user_committee_committee FOREIGN KEY (committee_code) REFERENCES committee (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
