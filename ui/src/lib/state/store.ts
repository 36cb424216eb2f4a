// What every screen's state shares: going back to its initial state when the vault locks, and
// following the app's events itself. A lock puts every field back to what a newly made state
// holds, by making one and taking its values: a field added later is reset without anyone
// remembering to list it, and only the fields a state names in `keep` survive (counters that
// tell a late answer from a current one, text typed but not saved, kept in memory to be saved
// after the next unlock) by adding them to `keeps()`. Fields are plain or `$state` class fields, never `#private` ones
// (those cannot be reached to reset).
import type { RecordKind } from "../bindings";
import { concerns, onApp } from "./app-events";

/** The names of a state's fields: its own properties and the settable properties of its
 * classes (a `$state` field is a getter and a setter on the class). Read-only getters are
 * worked out from the fields, so they follow. */
export function fieldsOf(store: object): string[] {
  const names = new Set(Object.keys(store));
  for (let p = Object.getPrototypeOf(store); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
      if (d.set && name !== "constructor") names.add(name);
    }
  }
  return [...names];
}

export abstract class Store {
  /** The fields a lock leaves as they are (each says why where it is declared); a subclass
   * adds its own to `super.keeps()`. */
  protected keeps(): string[] {
    return [];
  }

  /** Runs before the fields are reset: stops timers, puts aside typing not saved yet. */
  protected beforeReset(): void {}

  /** Forgets everything decrypted (on lock): every field not in `keep` goes back to what a
   * new state of this class holds. The class is made with no arguments. */
  clear(): void {
    this.beforeReset();
    const fresh = new (this.constructor as new () => Store)() as unknown as Record<string, unknown>;
    const self = this as unknown as Record<string, unknown>;
    const keep = new Set(this.keeps());
    for (const name of fieldsOf(this)) if (!keep.has(name)) self[name] = fresh[name];
  }

  /** The names of the fields a lock leaves as they are (for tests). */
  get kept(): readonly string[] {
    return this.keeps();
  }

  /** Reloads what the screen shows after another front end changed the vault (nothing, for
   * a state that shows no records). */
  async refresh(): Promise<void> {}
}

/** Subscribes a state to the app's events: it clears itself when the vault locks and reloads
 * when another front end changed one of `kinds` (none: it shows no records). Returns the
 * state, for `export const`. */
export function follow<S extends Store>(store: S, kinds: readonly RecordKind[] | "any" = []): S {
  onApp("locked", () => store.clear());
  onApp("vaultChanged", (e) => {
    if (concerns(kinds, e.kinds)) void store.refresh();
  });
  return store;
}
