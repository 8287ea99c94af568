-- The portal's notifications are derived when a user looks (answered questions, months sent back, deadlines,
-- overdue åtgärder); only what each user has read is stored, by the notification's key.
CREATE TABLE notification_read (
    username         VARCHAR(60)  NOT NULL,
    notification_key VARCHAR(150) NOT NULL,
    read_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (username, notification_key),
    CONSTRAINT fk_notification_read_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A politician's answered questions are read by who asked them.
CREATE INDEX ix_question_asked_by ON unit_question (asked_by, answered_at);
