-- Notifications (issue 16, item 5): what the app tells one user — an initiative assigned to them,
-- a milestone overdue, a check-in due; a phase at its response-rate target, a campaign closed on
-- its date — in the app, and by e-mail when SMTP is configured. A topic is told to a user once
-- (the unique key), however many nodes or timer runs notice it.
CREATE TABLE notice (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id         VARCHAR(36)  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id VARCHAR(36)  REFERENCES organisation (id) ON DELETE CASCADE,
    topic           VARCHAR(200) NOT NULL,
    text            VARCHAR(500) NOT NULL,
    link            VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_notice_topic UNIQUE (user_id, topic)
);
CREATE INDEX ix_notice_user ON notice (user_id, created_at);
