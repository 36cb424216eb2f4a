-- Trellis vault schema, version 1. Never edit once landed: add 0002_*.sql instead.
-- Plaintext columns are limited to ids, timestamps and key-slot metadata (DESIGN.md, "Vault and keys").

CREATE TABLE vault (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    created_at      INTEGER NOT NULL,          -- unix ms, UTC
    kdf_work_factor INTEGER NOT NULL           -- scrypt log2(N) used for new passphrase slots
);

-- Each slot holds the vault key wrapped with age: 'passphrase' (scrypt) or 'recovery' (X25519).
CREATE TABLE key_slots (
    kind       TEXT PRIMARY KEY CHECK (kind IN ('passphrase', 'recovery')),
    wrapped    BLOB NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Journal entries: data = version byte || nonce || XChaCha20-Poly1305 ciphertext.
CREATE TABLE entries (
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX entries_by_created ON entries (created_at DESC, id DESC);
