// The unlocked screens are loaded apart from the first script, which carries only what the
// screens before unlocking need (the unlock, first-run and recovery screens). Asked for once;
// every later call gets the same promise.
import type { Component } from "svelte";

let shell: Promise<Component> | null = null;

/** The unlocked screens' root component, read from its own script the first time it is asked for. */
export function loadShell(): Promise<Component> {
  if (!shell) {
    shell = import("./components/Shell.svelte").then((m) => m.default);
    // A failed read (it cannot happen with the files in the binary, but if it did) is tried
    // again at the next call instead of being kept.
    shell.catch(() => (shell = null));
  }
  return shell;
}
