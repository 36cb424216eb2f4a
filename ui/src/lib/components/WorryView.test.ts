import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import WorryView from "./WorryView.svelte";
import { worry, WAIT_MS } from "../state/worry.svelte";
import { nav } from "../state/nav.svelte";
import { emitApp } from "../state/app-events";

afterEach(() => {
  vi.useRealTimers();
  clearMocks();
  worry.stopWait();
  worry.clear();
  // What a lock keeps for the next unlock is not for the next test.
  (worry as unknown as { pending: unknown }).pending = null;
  worry.again();
  nav.go("journal");
});

function backend(sent: unknown[]) {
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    if (cmd === "save_thought_record") {
      sent.push(a.record);
      return { id: "e1", created_at: "2026-12-05T10:00:00Z", updated_at: "2026-12-05T10:00:00Z", title: "When the worry spiked, 5 December 2026", body: "", mood: null, tags: ["thought record"], prompt_id: null, about: [], check_in: null };
    }
    if (cmd === "list_entries") return [];
    if (cmd === "read_article") throw { code: "not_found", message: "no article" };
  });
}

describe("the thought record", () => {
  it("walks the steps and saves the answers as one record", async () => {
    const sent: unknown[] = [];
    backend(sent);
    render(WorryView);
    await fireEvent.click(screen.getByLabelText("7"));
    await fireEvent.click(screen.getByTestId("worry-next"));
    await fireEvent.input(await screen.findByRole("textbox", { name: "What happened" }), { target: { value: "A text at midnight" } });
    await fireEvent.click(screen.getByTestId("worry-next"));
    await fireEvent.input(await screen.findByRole("textbox", { name: "The story I told myself" }), { target: { value: "Someone else" } });
    await fireEvent.click(screen.getByTestId("worry-next"));
    await fireEvent.input(await screen.findByLabelText(/Evidence against/), { target: { value: "It was the bank" } });
    await fireEvent.click(screen.getByTestId("worry-next"));
    await fireEvent.click(screen.getByLabelText("3"));
    await fireEvent.click(screen.getByTestId("worry-next"));
    await fireEvent.input(await screen.findByRole("textbox", { name: "What I will ask" }), { target: { value: "Who texts so late?" } });
    await fireEvent.click(screen.getByTestId("worry-save"));
    expect(await screen.findByTestId("worry-saved")).toBeTruthy();
    expect(sent).toEqual([
      expect.objectContaining({ happened: "A text at midnight", story: "Someone else", evidence_against: "It was the bank", worry_before: 7, worry_after: 3, ask: "Who texts so late?", evidence_real: false }),
    ]);
    // Saved: a new one starts blank.
    await fireEvent.click(screen.getByRole("button", { name: "Start a new one" }));
    expect(worry.answers.happened).toBe("");
    expect(worry.step).toBe("now");
  });

  it("refuses to save a blank page without calling the vault", async () => {
    const sent: unknown[] = [];
    backend(sent);
    render(WorryView);
    worry.go("ask");
    await fireEvent.click(await screen.findByTestId("worry-save"));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it("leads evidence marked real to the article on doubt with a basis", async () => {
    backend([]);
    render(WorryView);
    worry.go("evidence");
    expect(screen.queryByTestId("worry-real-note")).toBeNull();
    await fireEvent.click(await screen.findByTestId("worry-evidence-real"));
    const note = await screen.findByTestId("worry-real-note");
    const follow = vi.spyOn(nav, "follow").mockResolvedValue();
    await fireEvent.click(screen.getByRole("button", { name: "If your partner struggles to trust you" }));
    expect(follow).toHaveBeenCalledWith({ kind: "article", target: "if-your-partner-struggles-to-trust-you" });
    expect(note.textContent).toContain("basis");
    follow.mockRestore();
  });

  it("counts down twenty minutes quietly and then counts the wait", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    backend([]);
    render(WorryView);
    await fireEvent.click(screen.getByTestId("worry-start-wait"));
    expect((await screen.findByTestId("worry-wait")).textContent).toContain("20 minutes left");
    vi.advanceTimersByTime(WAIT_MS - 60_000);
    await waitFor(() => expect(screen.getByTestId("worry-wait").textContent).toContain("1 minute left"));
    expect(worry.answers.waited).toBe(false);
    vi.advanceTimersByTime(60_000);
    await waitFor(() => expect(screen.getByTestId("worry-wait").textContent).toContain("The twenty minutes are up"));
    expect(worry.answers.waited).toBe(true);
  });

  it("keeps the answers across a lock, in memory, and puts them back", async () => {
    backend([]);
    worry.answers.story = "kept across the lock";
    worry.go("story");
    emitApp("locked", { reason: "user" });
    expect(worry.answers.story).toBe("");
    render(WorryView);
    expect(((await screen.findByRole("textbox", { name: "The story I told myself" })) as HTMLTextAreaElement).value).toBe("kept across the lock");
  });
});
