//! Integration tests of trellis-core: one binary, one module per promise or concept.

mod canaries;
mod content;
mod crash;
mod flows;
mod limits;
mod support;
mod tamper;
mod wrong_passphrase;
