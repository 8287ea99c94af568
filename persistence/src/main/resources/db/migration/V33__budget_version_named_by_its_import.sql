-- A budget version kept by an import is named by the pages from its import (file and time), in the reader's
-- language: new versions store no name. The names stored before ("Före import av budget.csv 2026-03-02 09:00")
-- stay and are shown as stored.
ALTER TABLE budget_version MODIFY name VARCHAR(300) NULL;
