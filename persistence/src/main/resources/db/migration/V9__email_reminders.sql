-- E-mail reminders: the users' addresses (optional; the administrator enters them) and the reminders sent,
-- one row per user, period, deadline and reminder day (days before the deadline, 0 = the deadline day), so that
-- no reminder goes out twice. Times in UTC.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL AFTER display_name;

CREATE TABLE reminder_sent (
    username     VARCHAR(60)  NOT NULL,
    period_year  SMALLINT     NOT NULL,
    period_month TINYINT      NOT NULL,
    deadline     DATE         NOT NULL,
    days_before  SMALLINT     NOT NULL,
    email        VARCHAR(254) NOT NULL,
    sent_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (username, period_year, period_month, deadline, days_before),
    CONSTRAINT fk_reminder_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
