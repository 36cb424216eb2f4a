-- A partner: sharing chosen pages with the other person's Trellis (see `partner`). Never edit
-- once landed: add 0011_*.sql.

-- This Trellis's partner keys and the connected partner, one row, sealed like a record: the
-- age identity packets are encrypted to, the key they are signed with, and the partner's public
-- keys and the name this person calls them by.
CREATE TABLE partner_keys (
    one    INTEGER PRIMARY KEY CHECK (one = 1),
    sealed BLOB NOT NULL
);

-- Shares from the partner, kept read-only: the same columns as `entries`, only ids and times
-- readable; `data` is a sealed record.
CREATE TABLE shares_received (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX shares_received_by_created ON shares_received (created_at DESC, id DESC, updated_at);
