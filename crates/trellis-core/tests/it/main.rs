//! Integration tests of trellis-core: one binary, one module per promise or concept.

mod backup;
mod backup_contents;
mod canaries;
mod checkin;
mod content;
mod content_es;
mod crash;
mod crash_sync;
mod every_kind;
mod flows;
mod limits;
mod partner;
mod records;
mod rekey;
mod reminders;
mod safety_check;
mod snapshots;
mod support;
mod sync;
mod sync_converge;
mod tamper;
mod tools;
mod two_front_ends;
mod wrong_passphrase;
