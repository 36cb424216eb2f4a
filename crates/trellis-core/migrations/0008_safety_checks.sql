-- The "Is this safe?" self-check: the signs a person ticked, kept so they are there next time.
-- Never edit once landed: add 0009_*.sql. The same columns as `entries`: only ids and times
-- are readable; `data` is a sealed record. A vault holds at most one.

CREATE TABLE safety_checks (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX safety_checks_by_created ON safety_checks (created_at DESC, id DESC, updated_at);
