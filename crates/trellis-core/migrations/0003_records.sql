-- The shared record layer. Never edit once landed: add 0004_*.sql instead.

-- Earlier versions of records whose kind keeps history. `tbl` names the kind's table; each
-- version is sealed with table, id, revision number and its own times in its associated data.
CREATE TABLE revisions (
    tbl        TEXT NOT NULL,
    id         BLOB NOT NULL CHECK (length(id) = 16),
    rev        INTEGER NOT NULL CHECK (rev > 0),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (tbl, id, rev)
) WITHOUT ROWID;

-- The listing index also carries updated_at, so a front end can see what another one changed
-- (ids and times only) by scanning this index instead of every record; adds write no extra index.
DROP INDEX entries_by_created;
CREATE INDEX entries_by_created ON entries (created_at DESC, id DESC, updated_at);

-- A SHA-256 of each key slot, so a damaged slot is told apart from a wrong passphrase (age
-- alone cannot: both fail the same way). Filled for older vaults at their next unlock.
ALTER TABLE key_slots ADD COLUMN digest BLOB;

-- A fingerprint of the vault key (HKDF of it; reveals nothing of the key). Every record write
-- checks it in the same statement, so a front end still holding a key that another one has
-- replaced ("change passphrase and re-key") can never write records the vault cannot read.
-- Filled for older vaults at their next unlock.
ALTER TABLE vault ADD COLUMN key_id BLOB;
