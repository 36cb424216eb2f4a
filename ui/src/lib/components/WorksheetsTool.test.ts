import { render, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import WorksheetsTool from "./WorksheetsTool.svelte";
import { worksheets, AREA_PAUSE_MS } from "../state/worksheets.svelte";

afterEach(() => {
  vi.useRealTimers();
  clearMocks();
  worksheets.clear();
});

function area(id: string, mine = "") {
  return { area: id, name: "", mine, theirs: "", theirs_from: "understood", check: {}, middle: "", revisit_on: null, agreement: null };
}

/** A backend that saves what it is sent and answers with the whole worksheet, as the core does. */
function backend() {
  let areas = [area("communication"), area("money"), area("conflict")];
  let n = 0;
  const sheet = () => ({ id: "w1", created_at: "2026-11-20T10:00:00Z", updated_at: `t${n}`, title: "Ours", on: "2026-11-20", from: null, areas, filled: 0 });
  mockIPC((cmd, args) => {
    const a = args as { answer: { area: string } };
    if (cmd === "area_guides" || cmd === "guides") return { areas: [], categories: [] };
    if (cmd === "list_worksheets") return [];
    if (cmd === "get_worksheet") return sheet();
    if (cmd === "fill_area") {
      areas = areas.map((x) => (x.area === a.answer.area ? { ...x, ...a.answer } : x));
      n++;
      return sheet();
    }
  });
  return () => areas;
}

describe("the expectations worksheet", () => {
  it("keeps an area open, its field focused and its text whole across a save", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const saved = backend();
    render(WorksheetsTool);
    await worksheets.open("w1");
    const details = await waitFor(() => {
      const d = document.querySelector<HTMLDetailsElement>("[data-area=money]");
      if (!d) throw new Error("no money area yet");
      return d;
    });
    expect(details.open).toBe(false);
    details.open = true;
    await fireEvent(details, new Event("toggle"));
    const field = document.getElementById("area-money-mine") as HTMLTextAreaElement;
    field.focus();
    field.value = "We keep separate accounts";
    await fireEvent.input(field);

    // The pause passes and the area is saved.
    await vi.advanceTimersByTimeAsync(AREA_PAUSE_MS + 100);
    await worksheets.flush();
    await waitFor(() => expect(saved().find((x) => x.area === "money")?.mine).toBe("We keep separate accounts"));

    // The area stays open, the same field keeps the focus, and typing goes on where it was.
    expect(document.querySelector<HTMLDetailsElement>("[data-area=money]")?.open).toBe(true);
    expect(document.getElementById("area-money-mine")).toBe(field);
    expect(document.activeElement).toBe(field);
    field.value += " and I see the statements";
    await fireEvent.input(field);
    await vi.advanceTimersByTimeAsync(AREA_PAUSE_MS + 100);
    await worksheets.flush();
    await waitFor(() => expect(saved().find((x) => x.area === "money")?.mine).toBe("We keep separate accounts and I see the statements"));
    expect(document.querySelector<HTMLDetailsElement>("[data-area=money]")?.open).toBe(true);
    // The first area, which opens by itself, is untouched.
    expect(saved().find((x) => x.area === "communication")?.mine).toBe("");
  });

  it("leaves an area shut that the person shut, across a save of another", async () => {
    const saved = backend();
    render(WorksheetsTool);
    await worksheets.open("w1");
    const first = await waitFor(() => {
      const d = document.querySelector<HTMLDetailsElement>("[data-area=communication]");
      if (!d?.open) throw new Error("the first area is not open yet");
      return d;
    });
    first.open = false;
    await fireEvent(first, new Event("toggle"));
    const money = document.querySelector<HTMLDetailsElement>("[data-area=money]")!;
    money.open = true;
    await fireEvent(money, new Event("toggle"));
    const field = document.getElementById("area-money-mine") as HTMLTextAreaElement;
    field.value = "Y";
    await fireEvent.input(field);
    await worksheets.flush();
    await waitFor(() => expect(saved().find((x) => x.area === "money")?.mine).toBe("Y"));
    expect(first.open).toBe(false);
    expect(money.open).toBe(true);
  });

  it("asks whether an expectation leaves each of us free, and a no points to Safety first", async () => {
    const saved = backend();
    render(WorksheetsTool);
    await worksheets.open("w1");
    const details = await waitFor(() => {
      const d = document.querySelector<HTMLDetailsElement>("[data-area=money]");
      if (!d) throw new Error("no money area yet");
      return d;
    });
    details.open = true;
    await fireEvent(details, new Event("toggle"));
    const group = await waitFor(() => {
      const g = details.querySelector<HTMLElement>('[role=radiogroup][aria-label^="Does it leave each of us free"]');
      if (!g) throw new Error("no fifth question yet");
      return g;
    });
    expect(group.getAttribute("aria-label")).toBe("Does it leave each of us free (friends, privacy, money, saying no)?");
    expect(details.querySelector("[data-testid=not-free]")).toBeNull();
    const no = group.querySelectorAll<HTMLInputElement>("input[type=radio]")[1];
    await fireEvent.click(no);
    await waitFor(() => expect(saved().find((x) => x.area === "money")?.check).toEqual({ leaves_free: false }));
    const hint = await waitFor(() => {
      const h = details.querySelector("[data-testid=not-free]");
      if (!h) throw new Error("no word about control yet");
      return h;
    });
    expect(hint.textContent).toContain("control, not trust");
    expect(hint.textContent).toContain("Safety first");
  });
});
