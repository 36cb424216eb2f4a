// The app's own events, typed, that the screens' states subscribe to themselves: the vault
// locked (drop everything decrypted), and another front end changed some kinds of records
// (reload what shows them). The session sends them: from the shell's events, and from its own
// locks (quick hide, Lock, a command that found the vault locked), which must clear the screen
// at once, before the window leaves sight, not when the shell's event comes back.
import type { Locked, RecordKind, VaultChanged } from "../bindings";

export interface AppEvents {
  locked: Locked;
  vaultChanged: VaultChanged;
  /** The language shown changed: words kept from the library are read again. */
  language: string;
}

type Listener<K extends keyof AppEvents> = (payload: AppEvents[K]) => void;

const listeners: { [K in keyof AppEvents]: Set<Listener<K>> } = {
  locked: new Set(),
  vaultChanged: new Set(),
  language: new Set(),
};

/** Calls `f` at each `name` event; returns a function that stops it. */
export function onApp<K extends keyof AppEvents>(name: K, f: Listener<K>): () => void {
  listeners[name].add(f);
  return () => listeners[name].delete(f);
}

/** Sends an event to every listener. One that throws stops none of the others nor the one
 * who sent it (a lock must reach every state and still show the lock screen); its error is
 * thrown again on its own, as an uncaught error. */
export function emitApp<K extends keyof AppEvents>(name: K, payload: AppEvents[K]): void {
  for (const f of [...listeners[name]]) {
    try {
      f(payload);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
}

/** Tells whether a change of `changed` concerns a state that shows `kinds` ("any": it also
 * shows something outside the records, such as a reminder's schedule, so every change does). */
export function concerns(kinds: readonly RecordKind[] | "any", changed: readonly RecordKind[]): boolean {
  return kinds === "any" || changed.some((k) => kinds.includes(k));
}
