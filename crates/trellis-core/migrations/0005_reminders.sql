-- Reminders. Never edit once landed: add 0006_*.sql.
-- `reminders` holds each reminder's own words (title and note), sealed like every record.
-- `reminder_schedules` is plaintext on purpose, so reminders fire while the vault is locked:
-- what it is for, when, and where in the app it leads. Never put anything a person wrote here.

CREATE TABLE reminders (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX reminders_by_created ON reminders (created_at DESC, id DESC, updated_at);

CREATE TABLE reminder_schedules (
    id            BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    -- checkin, journal, boundary-review, agreement-revisit or custom
    purpose       TEXT NOT NULL,
    -- the boundary or agreement an automatic reminder follows (its review or revisit date)
    target        BLOB UNIQUE,
    -- how often and at what local time, as JSON (`Rule`)
    rule          TEXT NOT NULL,
    -- an IANA zone name
    zone          TEXT NOT NULL,
    -- milliseconds since 1970 (UTC); NULL when it will not fire again
    next_fire     INTEGER,
    last_fired    INTEGER,
    snoozed_until INTEGER,
    paused        INTEGER NOT NULL DEFAULT 0,
    -- whether a notification may show the reminder's own words (while unlocked)
    show_words    INTEGER NOT NULL DEFAULT 0
);
