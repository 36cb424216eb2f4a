-- Keeping a person's computers in step through a folder. Never edit once landed: add 0008_*.sql.
-- Nothing a person wrote is readable here: change data and secrets are sealed like records.

-- This computer, once sync is set up: one row. `sealed` holds its age identity, its name
-- and the folder's keys by version; `hlc` is the last hybrid logical clock reading;
-- `next_file` the sequence number of the next change file this computer writes.
CREATE TABLE sync_self (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    device     BLOB NOT NULL CHECK (length(device) = 16),
    folder     TEXT NOT NULL,
    vault_id   BLOB NOT NULL CHECK (length(vault_id) = 16),
    sealed     BLOB NOT NULL,
    hlc        INTEGER NOT NULL DEFAULT 0,
    next_file  INTEGER NOT NULL DEFAULT 1
);

-- Changes made here and not yet written to the folder, oldest first; each sealed.
CREATE TABLE sync_out (
    seq  INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);

-- Every version of every record this computer knows: who made it, on top of which version,
-- and whether it was a delete. No content: `current` marks the version whose content (or
-- absence) is what this vault holds now.
CREATE TABLE sync_versions (
    tbl           TEXT NOT NULL,
    id            BLOB NOT NULL CHECK (length(id) = 16),
    hlc           INTEGER NOT NULL,
    device        BLOB NOT NULL CHECK (length(device) = 16),
    parent_hlc    INTEGER,
    parent_device BLOB,
    deleted       INTEGER NOT NULL DEFAULT 0,
    current       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tbl, id, hlc, device)
) WITHOUT ROWID;
CREATE INDEX sync_versions_by_parent ON sync_versions (tbl, id, parent_hlc, parent_device);

-- The other computers: the last change file read from each, its name (sealed; from its
-- sealed files) and whether it was removed.
CREATE TABLE sync_peers (
    device    BLOB PRIMARY KEY CHECK (length(device) = 16),
    name      BLOB,
    applied   INTEGER NOT NULL DEFAULT 0,
    last_seen INTEGER,
    removed   INTEGER NOT NULL DEFAULT 0
);

-- Records changed on two computers at once, for the person to look at.
CREATE TABLE sync_conflicts (
    tbl  TEXT NOT NULL,
    id   BLOB NOT NULL CHECK (length(id) = 16),
    at   INTEGER NOT NULL,
    what TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
) WITHOUT ROWID;
