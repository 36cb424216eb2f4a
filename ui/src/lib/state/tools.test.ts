import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Boundary } from "../bindings";
import { boundaries } from "./boundaries.svelte";
import { worksheets, AREA_PAUSE_MS } from "./worksheets.svelte";

afterEach(() => {
  vi.useRealTimers();
  clearMocks();
  boundaries.clear();
  worksheets.clear();
});

function area(id: string, mine = "") {
  return { area: id, name: "", mine, theirs: "", theirs_from: "understood", check: {}, middle: "", revisit_on: null, agreement: null };
}

function sheet(updated: string, areas = [area("communication"), area("conflict")]) {
  return { id: "w1", created_at: "2026-11-20T10:00:00Z", updated_at: updated, title: "Ours", on: "2026-11-20", from: null, areas, filled: 0 };
}

describe("boundaries list", () => {
  it("sends the filter to the core and waits for a pause in typing", async () => {
    vi.useFakeTimers();
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_boundaries") {
        asked.push((args as { filter: unknown }).filter);
        return [];
      }
    });
    boundaries.setFilter({ whose: "ours" });
    await vi.advanceTimersByTimeAsync(1);
    boundaries.setFilter({ text: "te" });
    boundaries.setFilter({ text: "text" });
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toEqual([
      { whose: "ours", category: null, status: null, text: "" },
      { whose: "ours", category: null, status: null, text: "text" },
    ]);
    expect(boundaries.filtering).toBe(true);
  });

  it("keeps typed text when the boundary changed elsewhere, and saves it over on the next try", async () => {
    const at1 = "2026-11-22T10:00:00Z";
    const at2 = "2026-11-22T11:00:00Z";
    const b = (updated: string, text: string) => ({
      id: "b1", created_at: at1, updated_at: updated, text, whose: "mine", category: "emotional", why: "", if_crossed: "",
      status: "draft", review_on: null, note: "", moments: [],
    });
    const opened: (string | null)[] = [];
    mockIPC((cmd, args) => {
      const a = args as { opened: string | null; draft: { text: string } };
      if (cmd === "edit_boundary") {
        opened.push(a.opened);
        if (a.opened === at1) throw { code: "changed", message: "changed elsewhere" };
        return b("2026-11-22T12:00:00Z", a.draft.text);
      }
      if (cmd === "get_boundary") return b(at2, "changed elsewhere");
      if (cmd === "boundary_history") return [];
      if (cmd === "list_boundaries") return [];
    });
    boundaries.startEdit(b(at1, "mine") as never);
    boundaries.form!.draft.text = "my words";
    expect(await boundaries.save()).toBe(false);
    expect(boundaries.formError).toMatch(/changed somewhere else/);
    expect(boundaries.form!.draft.text).toBe("my words");
    expect(await boundaries.save()).toBe(true);
    expect(opened).toEqual([at1, at2]);
    expect(boundaries.current?.text).toBe("my words");
  });
});

describe("boundary actions", () => {
  const at = "2026-11-22T10:00:00Z";
  const b = (status: string) => ({
    id: "b1", created_at: at, updated_at: at, text: "t", whose: "mine", category: "emotional", why: "", if_crossed: "",
    status, review_on: null, note: "", moments: [],
  });

  it("retires with a note and keeps the boundary open with its history", async () => {
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "retire_boundary") {
        asked.push(args);
        return b("retired");
      }
      if (cmd === "boundary_history") return [{ at, note: "we moved", created: false, changes: [] }];
    });
    boundaries.current = b("agreed") as unknown as Boundary;
    await boundaries.retire("we moved");
    expect(asked).toEqual([{ id: "b1", note: "we moved" }]);
    expect(boundaries.current?.status).toBe("retired");
    expect(boundaries.history).toHaveLength(1);
  });

  it("deletes, offers undo, and puts it back; a damaged one is deleted without undo", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "undo_delete_boundary") return b("draft");
      if (cmd === "list_boundaries") return [{ kind: "boundary", boundary: b("draft"), tally: { honoured_30: 0, crossed_30: 0, honoured_90: 0, crossed_90: 0 }, review_due: false }];
      return null;
    });
    boundaries.rows = [{ kind: "damaged", id: "d1", created_at: at }];
    await boundaries.remove("d1", true);
    expect(boundaries.deleted).toBeNull();
    expect(boundaries.rows).toEqual([]);
    boundaries.current = b("draft") as unknown as Boundary;
    await boundaries.remove("b1");
    expect(boundaries.current).toBeNull();
    expect(boundaries.deleted).toBe("b1");
    await boundaries.undoDelete();
    expect(boundaries.rows).toHaveLength(1);
    expect(calls).toEqual(["delete_boundary", "delete_boundary", "undo_delete_boundary", "list_boundaries"]);
  });
});

describe("worksheet autosave", () => {
  it("saves an area after a pause, from the version last saved", async () => {
    vi.useFakeTimers();
    const fills: { area: string; mine: string; opened: string | null }[] = [];
    let n = 0;
    mockIPC((cmd, args) => {
      const a = args as { answer: { area: string; mine: string }; opened: string | null };
      if (cmd === "get_worksheet") return sheet("t0");
      if (cmd === "fill_area") {
        fills.push({ area: a.answer.area, mine: a.answer.mine, opened: a.opened });
        return sheet(`t${++n}`, [area("communication", a.answer.area === "communication" ? a.answer.mine : ""), area("conflict")]);
      }
    });
    await worksheets.open("w1");
    worksheets.answers[0].mine = "Text when plans change";
    worksheets.edited("communication");
    expect(worksheets.areaState.communication).toBe("unsaved");
    await vi.advanceTimersByTimeAsync(AREA_PAUSE_MS - 100);
    expect(fills).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await worksheets.flush();
    expect(fills).toEqual([{ area: "communication", mine: "Text when plans change", opened: "t0" }]);
    expect(worksheets.areaState.communication).toBe("saved");
    worksheets.answers[0].mine = "Text or call when plans change";
    worksheets.edited("communication");
    await worksheets.flushArea("communication");
    expect(fills[1]).toEqual({ area: "communication", mine: "Text or call when plans change", opened: "t1" });
  });

  it("on a change made elsewhere, reloads, keeps what was typed and says so", async () => {
    const fills: (string | null)[] = [];
    mockIPC((cmd, args) => {
      const a = args as { answer: { area: string; mine: string }; opened: string | null };
      if (cmd === "get_worksheet") return fills.length ? sheet("t5", [area("communication", "from the terminal"), area("conflict", "theirs")]) : sheet("t0");
      if (cmd === "fill_area") {
        fills.push(a.opened);
        if (a.opened === "t0") throw { code: "changed", message: "changed elsewhere" };
        return sheet("t6", [area("communication", a.answer.mine), area("conflict", "theirs")]);
      }
    });
    await worksheets.open("w1");
    worksheets.answers[0].mine = "typed here";
    worksheets.edited("communication");
    await worksheets.flushArea("communication");
    expect(fills).toEqual(["t0", "t5"]);
    expect(worksheets.answers[0].mine).toBe("typed here");
    // The other area takes the newer version.
    expect(worksheets.answers[1].mine).toBe("theirs");
    expect(worksheets.notice).toMatch(/changed somewhere else/);
    expect(worksheets.areaState.communication).toBe("saved");
  });

  it("keeps typing that comes in while a save is under way", async () => {
    let release: () => void = () => undefined;
    mockIPC((cmd, args) => {
      const a = args as { answer: { mine: string } };
      if (cmd === "get_worksheet") return sheet("t0");
      if (cmd === "fill_area") {
        const answer = sheet("t1", [area("communication", a.answer.mine), area("conflict")]);
        return new Promise((resolve) => (release = () => resolve(answer)));
      }
    });
    await worksheets.open("w1");
    worksheets.answers[0].mine = "first";
    worksheets.edited("communication");
    const saving = worksheets.flushArea("communication");
    await new Promise((r) => setTimeout(r, 0));
    worksheets.answers[0].mine = "first and more";
    worksheets.edited("communication");
    release();
    await saving;
    expect(worksheets.answers[0].mine).toBe("first and more");
    expect(worksheets.areaState.communication).toBe("unsaved");
  });
});

describe("renaming a worksheet", () => {
  it("saves its answers first, then gives it the new title and date", async () => {
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      if (cmd === "get_worksheet") return sheet("2026-11-20T10:00:00Z");
      if (cmd === "list_worksheets") return [];
      if (cmd === "fill_area") return sheet("2026-11-20T10:01:00Z");
      if (cmd === "retitle_worksheet") {
        const a = args as { title: string; on: string };
        return { ...sheet("2026-11-20T10:02:00Z"), title: a.title, on: a.on };
      }
    });
    await worksheets.open("w1");
    worksheets.answers[0].mine = "Text when plans change";
    worksheets.edited("communication");
    expect(await worksheets.retitle("Autumn, again", "2026-11-21")).toBe(true);
    expect(calls.indexOf("fill_area")).toBeLessThan(calls.indexOf("retitle_worksheet"));
    expect(worksheets.sheet?.title).toBe("Autumn, again");
    expect(worksheets.sheet?.on).toBe("2026-11-21");
  });
});

describe("worksheet answers when the vault locks", () => {
  it("keeps what was not saved yet and saves it right after the next unlock", async () => {
    vi.useFakeTimers();
    const fills: { area: string; mine: string }[] = [];
    let locked = false;
    mockIPC((cmd, args) => {
      if (cmd === "get_worksheet") return sheet("2026-11-20T10:00:00Z");
      if (cmd === "fill_area") {
        if (locked) throw { code: "locked", message: "the vault is locked" };
        const a = args as { answer: { area: string; mine: string } };
        fills.push({ area: a.answer.area, mine: a.answer.mine });
        return sheet("2026-11-20T10:05:00Z");
      }
    });
    await worksheets.open("w1");
    worksheets.answers[0].mine = "Typed just before the computer slept";
    worksheets.edited("communication");
    // The vault locks underneath (sleep) before the pause is over: nothing was saved yet.
    locked = true;
    worksheets.clear();
    await vi.advanceTimersByTimeAsync(AREA_PAUSE_MS + 100);
    expect(fills).toEqual([]);
    expect(worksheets.answers).toEqual([]);
    // A resume while still locked keeps it for later.
    await worksheets.resumePending();
    locked = false;
    await worksheets.resumePending();
    expect(fills).toEqual([{ area: "communication", mine: "Typed just before the computer slept" }]);
    await worksheets.resumePending();
    expect(fills).toHaveLength(1);
  });
});
