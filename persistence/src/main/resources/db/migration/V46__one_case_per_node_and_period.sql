-- One case per node and period, kept by the database: the first case of a node and period is edition 1, and only a
-- case asked for explicitly as a new version takes the next edition. Two economists creating the same case at once
-- therefore get one case and one refusal. Existing cases are numbered in the order they were created.
ALTER TABLE report_case ADD COLUMN edition SMALLINT NOT NULL DEFAULT 1 AFTER period_month;

UPDATE report_case c
  JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY unit_code, period_year, period_month ORDER BY id) AS n
          FROM report_case) numbered ON numbered.id = c.id
   SET c.edition = numbered.n;

ALTER TABLE report_case
    ADD CONSTRAINT ux_report_case_edition UNIQUE (unit_code, period_year, period_month, edition);
