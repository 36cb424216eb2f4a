import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emitApp } from "./app-events";
import { agreements } from "./agreements.svelte";
import { boundaries } from "./boundaries.svelte";
import { checkin } from "./checkin.svelte";
import { journal } from "./journal.svelte";
import { print } from "./print.svelte";
import { reminders } from "./reminders.svelte";
import type { Store } from "./store";
import { worksheets } from "./worksheets.svelte";
import { worry } from "./worry.svelte";
import { safetyCheck } from "./safety-check.svelte";

const STORES: [string, Store][] = [
  ["boundaries", boundaries],
  ["agreements", agreements],
  ["worksheets", worksheets],
  ["journal", journal],
  ["checkin", checkin],
  ["reminders", reminders],
  ["print", print],
  ["worry", worry],
  ["safetyCheck", safetyCheck],
];

afterEach(() => {
  clearMocks();
  vi.restoreAllMocks();
  for (const [, s] of STORES) s.clear();
  // What the lock kept for after the unlock, in these tests nothing anyone typed.
  for (const s of [journal, checkin, worksheets]) (s as unknown as { pending: unknown }).pending = null;
});

/** The command each state reads its list (or agenda) with. */
const READS = ["list_boundaries", "list_agreements", "list_worksheets", "list_entries", "checkin_agenda", "list_reminders"];

/** Records the reads the states send. */
function reads(): string[] {
  const calls: string[] = [];
  mockIPC((cmd) => {
    if (READS.includes(cmd)) calls.push(cmd);
    if (cmd === "checkin_agenda") return { previous: null, boundaries: [], agreements: [] };
    if (cmd.startsWith("list_") || cmd === "tags" || cmd === "on_this_day") return [];
    return null;
  });
  return calls;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("a change made by another front end", () => {
  it("reloads the states that show a kind that changed, and no other", async () => {
    const calls = reads();
    // Reminders and the check-in reload only once they were read.
    reminders.loaded = true;
    checkin.agenda = { previous: null, boundaries: [], agreements: [] } as never;

    emitApp("vaultChanged", { kinds: ["worksheet"] });
    await settle();
    expect(new Set(calls)).toEqual(new Set(["list_worksheets", "list_agreements", "list_reminders"]));

    calls.length = 0;
    emitApp("vaultChanged", { kinds: ["boundary"] });
    await settle();
    expect(new Set(calls)).toEqual(new Set(["list_boundaries", "list_agreements", "checkin_agenda", "list_reminders"]));

    calls.length = 0;
    emitApp("vaultChanged", { kinds: ["entry"] });
    await settle();
    expect(new Set(calls)).toEqual(new Set(["list_entries", "checkin_agenda", "list_reminders"]));

    // Only a schedule changed (snoozed from the terminal): the reminders read it again.
    calls.length = 0;
    emitApp("vaultChanged", { kinds: [] });
    await settle();
    expect(calls).toEqual(["list_reminders"]);
  });
});

/** Every field of a state: its own properties and the settable ones of its classes. Written
 * here on its own, not taken from `store.ts`, so the test does not share its blind spots. */
function fields(o: object): string[] {
  const names = new Set(Object.keys(o));
  for (let p = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) if (Object.getOwnPropertyDescriptor(p, name)?.set) names.add(name);
  }
  return [...names];
}

const SECRET = "zq-private-words";

/** A value of the field's shape that holds private words. */
function secret(v: unknown): unknown {
  if (v instanceof Map) return new Map([[SECRET, SECRET]]);
  if (Array.isArray(v)) return [SECRET];
  if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) return { ...v, [SECRET]: SECRET };
  if (v !== null && typeof v === "object") return v;
  return SECRET;
}

/** What a field holds, comparable (no proxies, no timers). */
function plain(v: unknown): unknown {
  return v instanceof Map ? [...v.entries()] : JSON.parse(JSON.stringify(v ?? null));
}

describe("a lock", () => {
  // The fields a lock keeps, on purpose; a new one must be added here too, knowingly.
  const KEPT: Record<string, string[]> = {
    boundaries: ["ticket", "epoch"],
    agreements: ["ticket", "epoch"],
    worksheets: ["ticket", "epoch", "pending", "generation", "saving"],
    journal: ["pending", "pendingSource", "generation", "saving", "search", "searchOthers"],
    checkin: ["pending"],
    reminders: [],
    print: ["paper", "epoch", "asked"],
    // The thought record's answers, in memory only, and when its wait ends (nothing private).
    worry: ["pending", "waitUntil"],
    // Nothing: the ticks are read back from the vault after the next unlock.
    safetyCheck: [],
  };

  for (const [name, store] of STORES) {
    it(`leaves no field of ${name} as it was, but those it keeps on purpose`, () => {
      const all = fields(store);
      expect([...store.kept].sort()).toEqual([...KEPT[name]].sort());
      for (const k of store.kept) expect(all).toContain(k);
      // What runs before the reset (timers, typing put aside) is tested with each state;
      // here every field holds private words, whatever its shape.
      vi.spyOn(store as unknown as { beforeReset(): void }, "beforeReset").mockImplementation(() => undefined);
      const s = store as unknown as Record<string, unknown>;
      const reset = all.filter((f) => !store.kept.includes(f));
      for (const f of reset) s[f] = secret(s[f]);
      expect(reset.some((f) => JSON.stringify(plain(s[f])).includes(SECRET))).toBe(true);

      emitApp("locked", { reason: "user" });

      const fresh = new (store.constructor as new () => Record<string, unknown>)();
      for (const f of reset) expect(plain(s[f]), `${name}.${f}`).toEqual(plain(fresh[f]));
      for (const f of reset) expect(JSON.stringify(plain(s[f])), `${name}.${f}`).not.toContain(SECRET);
    });
  }

  it("reaches the fields of the list every kind shares and those of the kind", () => {
    expect(fields(boundaries)).toEqual(expect.arrayContaining(["rows", "current", "history", "form", "deleted", "filter", "notice"]));
    expect(fields(worksheets)).toEqual(expect.arrayContaining(["rows", "sheet", "answers", "areaState", "opened", "timers"]));
  });
});
