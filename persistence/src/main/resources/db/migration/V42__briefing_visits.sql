-- Inför mötet (issue 14): when each user last opened the briefing of each case, so that the next opening can mark
-- what is new since ("Nytt sedan du läste senast"). One row per user and case, replaced at every opening; the time
-- in UTC with milliseconds, as the questions' times are stored.
CREATE TABLE briefing_visit (
    username   VARCHAR(100) NOT NULL,
    case_id    BIGINT       NOT NULL,
    visited_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (username, case_id),
    CONSTRAINT fk_briefing_visit_case FOREIGN KEY (case_id) REFERENCES report_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
