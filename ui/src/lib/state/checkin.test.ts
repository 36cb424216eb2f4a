import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { Agenda, CheckInDraft, UnsavedCheckIn } from "../bindings";
import { checkin, fromUnsaved, isBlank, nothingToKeep, toDraft, toUnsaved } from "./checkin.svelte";
import { nav } from "./nav.svelte";

afterEach(() => {
  clearMocks();
  checkin.clear();
  // Throw away anything `clear` kept for after an unlock, so tests do not leak into each other.
  (checkin as unknown as { pending: unknown }).pending = null;
});

function agreement(id: string, text: string) {
  return { id, created_at: "2026-11-01T10:00:00Z", updated_at: "2026-11-01T10:00:00Z", text, source: null, status: "needs_revisiting", revisit_on: null, note: "" };
}

function agenda(previous: string | null = null): Agenda {
  return {
    previous: previous ? { id: "e0", on: "2026-11-15", try_next: previous } : null,
    since: "2026-11-15",
    boundaries: [{ boundary: "b1", text: "No phones at dinner", whose: "ours", moments: [{ on: "2026-11-18", kind: "crossed", note: "" }] }],
    agreements: [agreement("a1", "Dishes in turns"), agreement("a2", "Call if late")],
  } as Agenda;
}

function entry(draft: CheckInDraft) {
  return {
    id: "e1", created_at: "2026-11-22T19:00:00Z", updated_at: "2026-11-22T19:00:00Z", title: "Weekly check-in, 22 November 2026",
    body: "", mood: null, tags: ["check-in"], prompt_id: null, about: [{ kind: "boundary", id: "b1" }],
    check_in: { on: "2026-11-22", last_try: "", last_try_note: "", well_me: draft.well_me, well_partner: "", boundaries: [], agreements: [], thanks_me: "", thanks_partner: "", try_next: draft.try_next },
  };
}

/** Opens the screen and answers the safety check: yes, it is safe to talk now. */
async function openSafely() {
  await checkin.open();
  checkin.safeToTalk();
}

describe("the weekly check-in", () => {
  it("opens from nav.go alone on the first step, and opens with last week's thing to try when there was one", async () => {
    mockIPC((cmd) => (cmd === "checkin_agenda" ? agenda() : undefined));
    nav.go("checkin");
    expect(nav.view).toBe("checkin");
    await openSafely();
    expect(checkin.steps[0]).toBe("went-well");
    expect(checkin.step).toBe("went-well");

    checkin.clear();
    (checkin as unknown as { pending: unknown }).pending = null;
    mockIPC((cmd) => (cmd === "checkin_agenda" ? agenda("A walk on Wednesday") : undefined));
    await openSafely();
    expect(checkin.steps).toEqual(["last-time", "went-well", "boundaries", "agreements", "on-my-mind", "appreciations", "next-week"]);
    expect(checkin.step).toBe("last-time");
    expect(checkin.move(-1)).toBe(false);
    expect(checkin.move(1)).toBe(true);
    expect(checkin.step).toBe("went-well");
  });

  it("keeps the answers through a lock, in memory only, and puts them back on the same step", async () => {
    mockIPC((cmd) => (cmd === "checkin_agenda" ? agenda() : undefined));
    await openSafely();
    checkin.answers.well_me = "We cooked together";
    checkin.go("appreciations");
    checkin.clear();
    expect(checkin.agenda).toBeNull();
    expect(checkin.answers.well_me).toBe("");
    expect(checkin.hasPending).toBe(true);
    await openSafely();
    expect(checkin.answers.well_me).toBe("We cooked together");
    expect(checkin.step).toBe("appreciations");
    expect(checkin.hasPending).toBe(false);
  });

  it("sends every boundary on the agenda and only the agreements decided on", async () => {
    const sent: CheckInDraft[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "checkin_agenda") return agenda();
      if (cmd === "save_checkin") {
        const d = (args as { draft: CheckInDraft }).draft;
        sent.push(d);
        return entry(d);
      }
    });
    await openSafely();
    expect(isBlank(checkin.answers)).toBe(true);
    checkin.answers.reviews.a1.decision = "changed";
    checkin.answers.reviews.a1.text = "  ";
    checkin.answers.try_next = "Breakfast together";
    expect(await checkin.save()).toBe(false);
    expect(checkin.step).toBe("agreements");
    expect(checkin.error).toContain("new words");
    expect(sent).toEqual([]);

    checkin.answers.reviews.a1.text = "Dishes in turns, weekends off";
    expect(await checkin.save()).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].boundaries).toEqual([{ boundary: "b1", note: "" }]);
    expect(sent[0].agreements).toEqual([{ agreement: "a1", decision: "changed", text: "Dishes in turns, weekends off", revisit_on: null, note: "" }]);
    expect(checkin.saved?.id).toBe("e1");
    expect(isBlank(checkin.answers)).toBe(true);
  });

  it("keeps the answers and says why when the save fails", async () => {
    mockIPC((cmd) => {
      if (cmd === "checkin_agenda") return agenda();
      if (cmd === "save_checkin") throw { code: "disk_full", message: "the disk is full; free some space and try again" };
    });
    await openSafely();
    expect(await checkin.save()).toBe(false);
    expect(checkin.error).toContain("Nothing is written yet");
    checkin.answers.thanks_me = "Thank you for the tea";
    expect(await checkin.save()).toBe(false);
    expect(checkin.error).toContain("disk is full");
    expect(checkin.answers.thanks_me).toBe("Thank you for the tea");
    expect(checkin.saved).toBeNull();
  });

  it("builds the core's draft from the answers", () => {
    const a = agenda();
    const d = toDraft(
      { last_try_note: "", well_me: "x", well_partner: "", mind_me: "I feel tired about evenings and I need rest", mind_partner: "", boundaryNotes: { b1: "hard" }, reviews: { a2: { decision: "retired", text: "Call if late", note: "" } }, thanks_me: "", thanks_partner: "", try_next: "" },
      a,
    );
    expect(d.boundaries).toEqual([{ boundary: "b1", note: "hard" }]);
    expect([d.mind_me, d.mind_partner]).toEqual(["I feel tired about evenings and I need rest", ""]);
    expect(d.agreements).toEqual([{ agreement: "a2", decision: "retired", text: "", revisit_on: null, note: "" }]);
  });

  it("keeps a note on an agreement left undecided, as talked about", () => {
    const a = agenda();
    const ids = a.agreements.map((x) => x.id);
    const reviews = Object.fromEntries(ids.map((id, i) => [id, { decision: null, text: "", note: i === 0 ? "ran out of time" : "  " }]));
    const d = toDraft({ last_try_note: "", well_me: "", well_partner: "", mind_me: "", mind_partner: "", boundaryNotes: {}, reviews, thanks_me: "", thanks_partner: "", try_next: "" }, a);
    expect(d.agreements).toEqual([{ agreement: ids[0], decision: "talked", text: "", revisit_on: null, note: "ran out of time" }]);
  });

  /** A vault that keeps one unsaved check-in, and counts what was asked of it. */
  function vaultWithDraft() {
    const v = { kept: null as UnsavedCheckIn | null, keeps: 0, forgets: 0, saves: 0 };
    mockIPC((cmd, args) => {
      if (cmd === "checkin_agenda") return agenda();
      if (cmd === "unsaved_checkin") return v.kept;
      if (cmd === "keep_unsaved_checkin") {
        v.keeps++;
        const u = (args as { unsaved: UnsavedCheckIn }).unsaved;
        v.kept = nothingToKeep(fromUnsaved(u)) ? null : u;
        return null;
      }
      if (cmd === "forget_unsaved_checkin") {
        v.forgets++;
        v.kept = null;
        return null;
      }
      if (cmd === "save_checkin") {
        v.saves++;
        v.kept = null; // the core removes the draft with the save
        return entry((args as { draft: CheckInDraft }).draft);
      }
    });
    return v;
  }

  /** What a new start of the app looks like to this state: nothing in memory. */
  function restart() {
    checkin.clear();
    (checkin as unknown as { pending: unknown }).pending = null;
  }

  it("keeps the answers in the vault, and a new start of the app puts them back on the same step", async () => {
    const v = vaultWithDraft();
    await openSafely();
    expect(checkin.restored).toBe(false);
    await checkin.flush();
    expect(v.keeps).toBe(0); // nothing written yet: nothing to keep
    checkin.answers.well_me = "We cooked together";
    checkin.answers.boundaryNotes.b1 = "Phones went in the drawer";
    checkin.answers.reviews.a2.decision = "kept";
    checkin.go("appreciations");
    await checkin.flush();
    expect(v.keeps).toBe(1);
    await checkin.flush();
    expect(v.keeps).toBe(1); // unchanged answers are not written again

    restart();
    await openSafely();
    expect(checkin.restored).toBe(true);
    expect(checkin.answers.well_me).toBe("We cooked together");
    expect(checkin.answers.boundaryNotes.b1).toBe("Phones went in the drawer");
    expect(checkin.answers.reviews.a2.decision).toBe("kept");
    expect(checkin.answers.reviews.a1).toEqual({ decision: null, text: "Dishes in turns", note: "" });
    expect(checkin.step).toBe("appreciations");
    await checkin.flush();
    expect(v.keeps).toBe(1); // put back is not changed

    // Saving removes what was kept; a new start then begins blank.
    expect(await checkin.save()).toBe(true);
    expect(v.kept).toBeNull();
    restart();
    await openSafely();
    expect(checkin.restored).toBe(false);
    expect(isBlank(checkin.answers)).toBe(true);
    expect(checkin.step).toBe("went-well");
  });

  it("starting over throws away the answers kept in the vault too", async () => {
    const v = vaultWithDraft();
    await openSafely();
    checkin.answers.try_next = "A walk on Sunday";
    await checkin.flush();
    expect(v.kept?.try_next).toBe("A walk on Sunday");
    await checkin.discard();
    expect(v.forgets).toBe(1);
    expect(v.kept).toBeNull();
    expect(isBlank(checkin.answers)).toBe(true);
    // Emptying every answer by hand removes them as well.
    checkin.answers.thanks_me = "Thank you";
    await checkin.flush();
    checkin.answers.thanks_me = " ";
    await checkin.flush();
    expect(v.kept).toBeNull();
  });

  it("keeps a note written on an agreement not decided yet", async () => {
    const v = vaultWithDraft();
    await openSafely();
    checkin.answers.reviews.a1.note = "Talk about weekends first";
    await checkin.flush();
    expect(v.kept?.reviews).toContainEqual({ agreement: "a1", decision: null, text: "Dishes in turns", note: "Talk about weekends first" });
    restart();
    await openSafely();
    expect(checkin.answers.reviews.a1.note).toBe("Talk about weekends first");
    expect(checkin.restored).toBe(true);
  });

  it("says so when the answers cannot be kept, and keeps them on screen", async () => {
    mockIPC((cmd) => {
      if (cmd === "checkin_agenda") return agenda();
      if (cmd === "keep_unsaved_checkin") throw { code: "disk_full", message: "the disk is full; free some space and try again" };
    });
    await openSafely();
    checkin.answers.well_partner = "The call on Tuesday";
    await checkin.flush();
    expect(checkin.error).toContain("could not be kept");
    expect(checkin.answers.well_partner).toBe("The call on Tuesday");
  });

  it("turns the answers into what the vault keeps and back", () => {
    const a = { last_try_note: "ok", well_me: "x", well_partner: "y", mind_me: "m", mind_partner: "p", boundaryNotes: { b1: "hard" }, reviews: { a2: { decision: null, text: "Call if late", note: "later" } }, thanks_me: "t", thanks_partner: "u", try_next: "v" };
    const u = toUnsaved(a, "boundaries");
    expect(u.step).toBe("boundaries");
    expect(u.reviews).toEqual([{ agreement: "a2", decision: null, text: "Call if late", note: "later" }]);
    expect(fromUnsaved(u)).toEqual(a);
    expect([u.mind_me, u.mind_partner]).toEqual(["m", "p"]);
    expect(fromUnsaved({})).toEqual({ last_try_note: "", well_me: "", well_partner: "", mind_me: "", mind_partner: "", boundaryNotes: {}, reviews: {}, thanks_me: "", thanks_partner: "", try_next: "" });
  });

  it("asks whether it is safe to talk before anything, writes nothing until then, and asks again after a lock", async () => {
    const v = vaultWithDraft();
    await checkin.open();
    expect(checkin.safe).toBe(false);
    checkin.answers.well_me = "typed before the question";
    checkin.changed();
    await checkin.flush();
    expect(v.keeps).toBe(0);
    // Not safe, or not sure: nothing is kept, nothing is asked of the vault.
    checkin.notSafe();
    await checkin.flush();
    expect([v.keeps, v.forgets, v.saves]).toEqual([0, 0, 0]);
    expect(checkin.safe).toBe(false);
    // Yes: the check-in goes on, and its answers are kept as they are written.
    checkin.safeToTalk();
    await checkin.flush();
    expect(v.keeps).toBe(1);
    checkin.clear();
    expect(checkin.safe).toBe(false);
  });

  it("keeps one thing on each mind in the vault as the step changes, and puts it back", async () => {
    const v = vaultWithDraft();
    await openSafely();
    checkin.go("on-my-mind");
    checkin.answers.mind_me = "I feel worried about money and I need us to look at it together";
    checkin.answers.mind_partner = "I feel glad about the walks and I need one more a week";
    expect(isBlank(checkin.answers)).toBe(false);
    checkin.go("appreciations");
    await checkin.flush();
    expect(v.kept?.mind_me).toContain("worried about money");
    expect(v.kept?.step).toBe("appreciations");
    restart();
    await openSafely();
    expect(checkin.answers.mind_partner).toContain("glad about the walks");
    expect(checkin.restored).toBe(true);
  });
});
