-- Preferences that are not secret and are needed while locked (for example the auto-lock
-- time). Never put anything a person wrote here: this table is plaintext.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
