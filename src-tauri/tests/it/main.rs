//! Tests of the shell: the generated bindings are current, and the commands work through
//! Tauri's mock runtime against a real vault.

mod bindings;
mod bundle;
mod clock;
mod commands;
