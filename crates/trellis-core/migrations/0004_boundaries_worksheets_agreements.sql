-- Boundaries, expectations worksheets and agreements. Never edit once landed: add 0005_*.sql.
-- The same columns as `entries`: only ids and times are readable; `data` is a sealed record.
-- Earlier versions of boundaries and agreements live in `revisions` (0003).

CREATE TABLE boundaries (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX boundaries_by_created ON boundaries (created_at DESC, id DESC, updated_at);

CREATE TABLE worksheets (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX worksheets_by_created ON worksheets (created_at DESC, id DESC, updated_at);

CREATE TABLE agreements (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX agreements_by_created ON agreements (created_at DESC, id DESC, updated_at);
