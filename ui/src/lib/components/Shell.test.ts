import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import Shell from "./Shell.svelte";
import { session } from "../state/session.svelte";
import { nav } from "../state/nav.svelte";
import { journal } from "../state/journal.svelte";
import { reminders } from "../state/reminders.svelte";

afterEach(() => {
  clearMocks();
  session.offerCheckin = false;
  nav.go("journal");
  journal.clear();
  reminders.clear();
});

const MADE = {
  id: "r1", purpose: "checkin", target: null, rule: { repeat: { every: "weekly", days: ["sun"] }, at: "19:00:00" },
  zone: "Etc/UTC", next_fire: "2026-12-06T19:00:00Z", last_fired: null, snoozed_until: null, paused: false,
  show_words: false, title: "Weekly check-in", note: "", says: "every Sunday at 19:00", damaged: false,
};

function backend() {
  mockIPC((cmd) => {
    if (cmd === "list_entries" || cmd === "list_reminders" || cmd === "tags" || cmd === "on_this_day") return [];
    if (cmd === "reminder_setup") return { zone: "Etc/UTC", tray: true, autostart: false };
    if (cmd === "add_reminder") return MADE;
  });
}

describe("the weekly check-in offer", () => {
  it("speaks to one person as well as two, on the journal's screen only", async () => {
    backend();
    session.offerCheckin = true;
    render(Shell);
    const offer = await screen.findByTestId("offer-checkin");
    expect(offer.textContent).not.toMatch(/\byou both\b|\bus\b/);
    expect(offer.textContent).toMatch(/on your own/);
    // Elsewhere it waits, unanswered, instead of following the person onto every screen.
    nav.go("library");
    await waitFor(() => expect(screen.queryByTestId("offer-checkin")).toBeNull());
    nav.go("journal");
    expect(await screen.findByTestId("offer-checkin")).toBeTruthy();
  });

  it("says the reminder is set, and puts the focus on those words", async () => {
    backend();
    session.offerCheckin = true;
    render(Shell);
    await fireEvent.click(await screen.findByRole("button", { name: "Yes, remind me" }));
    const done = await screen.findByTestId("checkin-set");
    expect(done.textContent).toMatch(/Done: a weekly check-in reminder, every Sunday at 19:00\./);
    expect(session.offerCheckin).toBe(false);
    await waitFor(() => expect(document.activeElement?.id).toBe("checkin-set"));
    nav.go("reminders");
    await waitFor(() => expect(screen.queryByTestId("checkin-set")).toBeNull());
  });
});
