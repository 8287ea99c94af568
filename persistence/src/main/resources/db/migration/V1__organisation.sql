-- The organisation: committees (nämnder) form a tree, units form a tree, accounts are the chart of accounts.
CREATE TABLE committee (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    parent_code VARCHAR(20)  NULL,
    CONSTRAINT fk_committee_parent FOREIGN KEY (parent_code) REFERENCES committee (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE unit (
    code           VARCHAR(20)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    short_name     VARCHAR(40)  NULL,
    parent_code    VARCHAR(20)  NULL,
    committee_code VARCHAR(20)  NULL,
    sort_order     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_code) REFERENCES unit (code),
    CONSTRAINT fk_unit_committee FOREIGN KEY (committee_code) REFERENCES committee (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE account (
    code VARCHAR(10)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
