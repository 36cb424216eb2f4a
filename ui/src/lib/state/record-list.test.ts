import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { Agreement, TimelineStep } from "../bindings";
import { AppFailure } from "../services/result";
import { agreements } from "./agreements.svelte";
import { RecordList, type RecordAdapter } from "./record-list.svelte";

// A kind made for these tests: notes held in a map, with the core's rule that a save started
// from an older version fails with `changed`.
interface Note {
  id: string;
  updated_at: string;
  text: string;
}
type Row = { kind: "note"; note: Note } | { kind: "damaged"; id: string };
interface NoteForm {
  opened: string | null;
  text: string;
}

const CHANGED = "Changed somewhere else; your text is still here.";

class Vault {
  notes = new Map<string, Note>();
  bin = new Map<string, Note>();
  damaged: string[] = [];
  calls: string[] = [];
  clock = 0;
  /** Answers `list` calls in the order given here (for answers that arrive out of order). */
  hold: ((rows: Row[]) => void)[] | null = null;

  put(id: string, text: string): Note {
    const n = { id, text, updated_at: `t${++this.clock}` };
    this.notes.set(id, n);
    return n;
  }

  adapter(): RecordAdapter<Row, Note, void> {
    return {
      kinds: ["entry"],
      list: async () => {
        this.calls.push("list");
        const rows: Row[] = [...this.notes.values()].map((note) => ({ kind: "note", note }));
        for (const id of this.damaged) rows.push({ kind: "damaged", id });
        if (this.hold) return await new Promise((resolve) => this.hold!.push(() => resolve(rows)));
        return rows;
      },
      rowId: (r) => (r.kind === "note" ? r.note.id : r.id),
      get: async (id) => {
        this.calls.push(`get ${id}`);
        const n = this.notes.get(id);
        if (!n) throw new AppFailure({ code: "not_found", message: "That note is gone." });
        return n;
      },
      history: async (id) => {
        this.calls.push(`history ${id}`);
        return [{ at: this.notes.get(id)?.updated_at ?? "", note: "", created: false, changes: [] }] as unknown as TimelineStep[];
      },
      remove: async (id) => {
        this.calls.push(`remove ${id}`);
        const n = this.notes.get(id);
        this.notes.delete(id);
        this.damaged = this.damaged.filter((d) => d !== id);
        if (n) this.bin.set(id, n);
      },
      undoRemove: async (id) => {
        this.calls.push(`undo ${id}`);
        const n = this.bin.get(id);
        if (!n) throw new AppFailure({ code: "not_found", message: "There is nothing to put back." });
        this.notes.set(id, n);
        return n;
      },
      changedElsewhere: CHANGED,
    };
  }
}

let vault = new Vault();

class Notes extends RecordList<Row, Note, NoteForm> {
  constructor() {
    super(vault.adapter());
  }

  edit(): void {
    this.form = { opened: this.current!.updated_at, text: this.current!.text };
  }

  async save(): Promise<boolean> {
    const id = this.current?.id ?? null;
    return await this.saveForm(id, async (f) => {
      if (id === null) return vault.put(`n${vault.clock + 1}`, f.text);
      if (vault.notes.get(id)?.updated_at !== f.opened) throw new AppFailure({ code: "changed", message: "changed" });
      return vault.put(id, f.text);
    });
  }
}

afterEach(() => {
  clearMocks();
  agreements.clear();
});

describe("a list of records, written once for every kind", () => {
  it("keeps what was typed when the record was saved elsewhere, and puts it over on the second save", async () => {
    vault = new Vault();
    vault.put("n1", "first words");
    const notes = new Notes();
    await notes.open("n1");
    notes.edit();
    notes.form!.text = "my words";
    vault.put("n1", "written in the terminal");

    expect(await notes.save()).toBe(false);
    expect(notes.formError).toBe(CHANGED);
    expect(notes.form?.text).toBe("my words");
    // The newer version shows, and the form now starts from it.
    expect(notes.current?.text).toBe("written in the terminal");
    expect(notes.form?.opened).toBe(vault.notes.get("n1")!.updated_at);

    expect(await notes.save()).toBe(true);
    expect(notes.form).toBeNull();
    expect(notes.formError).toBeNull();
    expect(notes.current?.text).toBe("my words");
    expect(notes.history).toEqual([expect.objectContaining({ at: vault.notes.get("n1")!.updated_at })]);
  });

  it("says another failure as it is, and keeps the form", async () => {
    vault = new Vault();
    const failing = new (class extends Notes {
      override async save(): Promise<boolean> {
        return await this.saveForm(null, () => Promise.reject(new AppFailure({ code: "too_large", message: "That is too long to keep." })));
      }
    })();
    failing.form = { opened: null, text: "a very long text" };
    expect(await failing.save()).toBe(false);
    expect(failing.formError).toBe("That is too long to keep.");
    expect(failing.form?.text).toBe("a very long text");
  });

  it("removes a record, offers undo and puts it back; a damaged row goes without undo", async () => {
    vault = new Vault();
    vault.put("n1", "one");
    vault.put("n2", "two");
    vault.damaged = ["d1"];
    const notes = new Notes();
    await notes.reload();
    expect(notes.rows).toHaveLength(3);
    await notes.open("n1");

    await notes.remove("d1", true);
    expect(notes.deleted).toBeNull();
    expect(notes.rows.map((r) => (r.kind === "note" ? r.note.id : r.id))).toEqual(["n1", "n2"]);

    await notes.remove("n1");
    expect(notes.current).toBeNull();
    expect(notes.deleted).toBe("n1");
    expect(notes.rows).toHaveLength(1);

    vault.calls = [];
    await notes.undoDelete();
    expect(vault.calls).toEqual(["undo n1", "list"]);
    expect(notes.deleted).toBeNull();
    expect(notes.rows).toHaveLength(2);
    // Nothing left to undo: a second press does nothing.
    await notes.undoDelete();
    expect(vault.calls).toEqual(["undo n1", "list"]);
  });

  it("says so when undo finds nothing to put back", async () => {
    vault = new Vault();
    const notes = new Notes();
    notes.deleted = "n9";
    await notes.undoDelete();
    expect(notes.error).toBe("There is nothing to put back.");
    expect(notes.deleted).toBeNull();
  });

  it("never lets an older list answer replace a newer one", async () => {
    vault = new Vault();
    vault.hold = [];
    const notes = new Notes();
    const first = notes.reload();
    vault.put("n1", "written meanwhile");
    const second = notes.reload();
    const [answerFirst, answerSecond] = vault.hold;
    answerSecond([{ kind: "note", note: vault.notes.get("n1")! }]);
    await second;
    answerFirst([]);
    await first;
    expect(notes.rows).toHaveLength(1);
    expect(notes.loaded).toBe(true);
  });

  it("on refresh reads the open record again, unless a form is open over it; one deleted elsewhere closes", async () => {
    vault = new Vault();
    vault.put("n1", "one");
    const notes = new Notes();
    await notes.open("n1");
    vault.put("n1", "changed in the terminal");
    notes.edit();
    const typed = notes.form!;
    await notes.refresh();
    expect(notes.current?.text).toBe("one");
    expect(notes.form).toBe(typed);
    notes.form = null;
    await notes.refresh();
    expect(notes.current?.text).toBe("changed in the terminal");
    vault.notes.delete("n1");
    await notes.refresh();
    expect(notes.current).toBeNull();
  });

  it("drops a record that arrives after the lock", async () => {
    vault = new Vault();
    vault.put("n1", "private words");
    const notes = new Notes();
    const opening = notes.open("n1");
    notes.clear();
    await opening;
    expect(notes.current).toBeNull();
    expect(notes.history).toEqual([]);
  });
});

describe("agreements on the generic list", () => {
  const at1 = "2026-11-22T10:00:00Z";
  const at2 = "2026-11-22T11:00:00Z";
  const agreement = (updated: string, text: string) => ({
    id: "a1", created_at: at1, updated_at: updated, text, status: "active", revisit_on: null, source: null, note: "",
  });

  it("keeps typed text when the agreement changed elsewhere, and saves it over on the next try", async () => {
    const opened: (string | null)[] = [];
    mockIPC((cmd, args) => {
      const a = args as { opened: string | null; draft: { text: string } };
      if (cmd === "edit_agreement") {
        opened.push(a.opened);
        if (a.opened === at1) throw { code: "changed", message: "changed elsewhere" };
        return agreement("2026-11-22T12:00:00Z", a.draft.text);
      }
      if (cmd === "get_agreement") return agreement(at2, "changed elsewhere");
      if (cmd === "agreement_history") return [];
      if (cmd === "list_agreements") return [];
    });
    agreements.current = agreement(at1, "ours") as unknown as Agreement;
    agreements.startEdit(agreements.current!);
    agreements.form!.draft.text = "my words";
    expect(await agreements.save()).toBe(false);
    expect(agreements.formError).toMatch(/changed somewhere else/);
    expect(agreements.form!.draft.text).toBe("my words");
    expect(agreements.current?.text).toBe("changed elsewhere");
    expect(await agreements.save()).toBe(true);
    expect(opened).toEqual([at1, at2]);
    expect(agreements.current?.text).toBe("my words");
  });
});
