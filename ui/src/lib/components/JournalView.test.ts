import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync } from "svelte";
import JournalView from "./JournalView.svelte";
import { journal } from "../state/journal.svelte";

afterEach(() => {
  vi.useRealTimers();
  clearMocks();
  journal.clear();
});

function entry(id: string, title: string, body: string, tags: string[] = []) {
  return { id, created_at: "2026-11-22T10:00:00Z", updated_at: "2026-11-22T10:00:00Z", title, body, mood: null, tags, prompt_id: null, about: [] };
}

const ENTRIES = [entry("a", "First", "**bold** start"), entry("b", "Second", "two"), entry("c", "Third", "three")];

function backend() {
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    if (cmd === "get_entry") return ENTRIES.find((e) => e.id === a.id);
    if (cmd === "render_markdown") return `<p>${a.markdown}</p>`;
    if (cmd === "list_entries") return ENTRIES.map((e) => ({ kind: "entry", ...e }));
    if (cmd === "delete_entry") return ENTRIES.some((e) => e.id === a.id);
    if (cmd === "search_entries") return [];
    if (cmd === "tags") return [{ tag: "calm", count: 1 }];
    if (cmd === "on_this_day") return [];
    if (cmd === "prompts") return { groups: [], prompts: [] };
  });
}

describe("the journal screen", () => {
  it("opens a new entry, and the next opened entry, in Write mode after a preview", async () => {
    backend();
    render(JournalView);
    await journal.load();
    await journal.open("a");
    await fireEvent.click(await screen.findByRole("button", { name: "Preview" }));
    await waitFor(() => expect(document.getElementById("entry-body")).toBeNull());

    await journal.newEntry();
    await waitFor(() => expect(document.getElementById("entry-body")).not.toBeNull());
    expect(screen.getByRole("button", { name: "Preview" }).getAttribute("aria-pressed")).toBe("false");

    await fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    await journal.open("b");
    await waitFor(() => expect(document.getElementById("entry-body")).not.toBeNull());
  });

  it("shows no empty list while the entries are on their way after an unlock", async () => {
    let answer: (rows: unknown) => void = () => undefined;
    mockIPC((cmd, args) => {
      if (cmd === "list_entries") return new Promise((resolve) => (answer = resolve));
      if (cmd === "tags") return [];
      if (cmd === "on_this_day") return [];
      if (cmd === "prompts") return { groups: [], prompts: [] };
      if (cmd === "render_markdown") return `<p>${(args as { markdown: string }).markdown}</p>`;
    });
    render(JournalView);
    const loading = journal.load();
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByText("All entries")).toBeNull();
    expect(screen.queryByText("No entries yet.")).toBeNull();
    answer(ENTRIES.map((e) => ({ kind: "entry", ...e })));
    await loading;
    expect(await screen.findByText("All entries")).toBeTruthy();
    expect(screen.queryByText("No entries yet.")).toBeNull();
  });

  it("shows list lines as plain text, without Markdown marks", async () => {
    backend();
    render(JournalView);
    await journal.load();
    const first = await screen.findByText("bold start");
    expect(first.textContent).not.toContain("**");
  });

  it("after a delete, puts the focus on the next entry in the list", async () => {
    backend();
    render(JournalView);
    await journal.load();
    await journal.open("b");
    await fireEvent.click(await screen.findByRole("button", { name: "Delete…" }));
    await fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(document.activeElement?.matches("button.row")).toBe(true));
    expect(document.activeElement?.querySelector(".title")?.textContent).toBe("Third");
    expect(screen.getByTestId("undo-delete")).toBeTruthy();
  });

  it("lets the undo notice go after about ten seconds", async () => {
    backend();
    render(JournalView);
    vi.useFakeTimers();
    journal.deleted = ENTRIES[0].id;
    flushSync();
    expect(screen.getByTestId("undo-delete")).toBeTruthy();
    vi.advanceTimersByTime(9_000);
    flushSync();
    expect(screen.queryByTestId("undo-delete")).not.toBeNull();
    vi.advanceTimersByTime(1_500);
    flushSync();
    expect(screen.queryByTestId("undo-delete")).toBeNull();
  });

  it("shows the tag filter paused while a search is on, and pressed again once it is cleared", async () => {
    backend();
    render(JournalView);
    await journal.load();
    journal.tagFilter = "calm";
    const chip = await screen.findByRole("button", { name: /#calm/ });
    await waitFor(() => expect(chip.getAttribute("aria-pressed")).toBe("true"));
    journal.setQuery("river");
    await waitFor(() => expect(screen.getByTestId("tag-paused").textContent).toContain("paused"));
    expect(chip.getAttribute("aria-pressed")).toBe("false");
    journal.setQuery("");
    await waitFor(() => expect(screen.queryByTestId("tag-paused")).toBeNull());
    expect(chip.getAttribute("aria-pressed")).toBe("true");
  });
});
