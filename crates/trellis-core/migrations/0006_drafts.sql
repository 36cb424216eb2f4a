-- Drafts: a check-in not saved yet, kept so a quit or a crash in the middle loses nothing.
-- Never edit once landed: add 0007_*.sql. The same columns as `entries`: only ids and times
-- are readable; `data` is a sealed record. A vault holds at most one.

CREATE TABLE drafts (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX drafts_by_created ON drafts (created_at DESC, id DESC, updated_at);
