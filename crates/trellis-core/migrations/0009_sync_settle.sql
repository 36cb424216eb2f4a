-- Settling every record from all of its known versions, so every computer ends the same
-- whatever order changes arrive in (see `sync::merge`). Never edit once landed.

-- The content of a version that is a leaf of its record's version tree but not what this vault
-- holds now (the losing side of two edits, a version a copy follows): sealed like a record,
-- bound to the record and the version. Dropped once the version is held or replaced; kept for
-- every version of the kinds that merge fields (the version two edits started from is needed).
ALTER TABLE sync_versions ADD COLUMN content BLOB;

-- For kinds that keep the losing side of two edits as an earlier version: that version was
-- kept already (once, whatever the order it arrived in).
ALTER TABLE sync_versions ADD COLUMN kept INTEGER NOT NULL DEFAULT 0;

-- For those kinds too, which fields merge: the ends of losing branches the computer that made
-- a version had settled already (8 bytes of clock and 16 of computer id each). Their fields
-- are not merged again into what came after.
ALTER TABLE sync_versions ADD COLUMN seen BLOB;

-- Copies kept beside a record changed on two computers, and the record they were first kept
-- for: every copy, and copy of a copy, takes its id from that first record and the version
-- its branch starts at, so every computer makes the same ones.
CREATE TABLE sync_copies (
    tbl    TEXT NOT NULL,
    id     BLOB NOT NULL CHECK (length(id) = 16),
    origin BLOB NOT NULL CHECK (length(origin) = 16),
    PRIMARY KEY (tbl, id)
) WITHOUT ROWID;
