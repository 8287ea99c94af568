-- Each organ's own numbering of its decisions per year, as an economist set it from the organ's protocol
-- ("KS 2026, nästa § 31"): the portal proposes the higher of this and the § after the highest it recorded, and moves
-- it on when a decision with that § is recorded.
CREATE TABLE paragraph_numbering (
    organ          VARCHAR(4)    NOT NULL,
    numbering_year SMALLINT      NOT NULL,
    next_paragraph INT           NOT NULL,
    updated_by     VARCHAR(60)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (organ, numbering_year),
    CONSTRAINT ck_paragraph_numbering_organ CHECK (organ IN ('AU', 'KS', 'KF')),
    CONSTRAINT ck_paragraph_numbering_next CHECK (next_paragraph >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
