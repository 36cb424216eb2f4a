import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import SafetyCheckView from "./SafetyCheckView.svelte";
import { safetyCheck, SIGNS } from "../state/safety-check.svelte";
import { emitApp } from "../state/app-events";
import type { Sign } from "../bindings";

afterEach(() => {
  clearMocks();
  safetyCheck.clear();
});

const SERIOUS: Sign[] = ["choked", "threatened_to_kill", "weapon", "separation", "worse", "controls", "children_or_pets", "forced_sex"];

/** A vault that keeps the ticks and answers as the core does. */
function vault(kept: { ticked: Sign[] } | null = null) {
  let held = kept;
  const check = () =>
    held && {
      ticked: held.ticked,
      checked_at: "2026-12-05T10:00:00Z",
      next_steps: held.ticked.some((s) => SERIOUS.includes(s)) ? "danger" : held.ticked.length ? "worry" : "nothing",
    };
  mockIPC((cmd, args) => {
    if (cmd === "safety_check") return check();
    if (cmd === "save_safety_check") {
      held = { ticked: (args as { ticked: Sign[] }).ticked };
      return check();
    }
    if (cmd === "clear_safety_check") {
      held = null;
      return null;
    }
  });
  return () => held;
}

function box(sign: Sign): HTMLInputElement {
  return document.querySelector(`input[data-sign="${sign}"]`) as HTMLInputElement;
}

describe("the safety check", () => {
  it("asks about every sign, the serious-danger ones among them", async () => {
    vault();
    render(SafetyCheckView);
    await waitFor(() => expect(box("afraid")).toBeTruthy());
    for (const [sign] of SIGNS) expect(box(sign), sign).toBeTruthy();
    for (const words of ["choked or strangled", "threatened to kill", "weapon", "plan to leave", "getting worse", "money, my phone", "children or my pets", "into sex"]) {
      expect(screen.getByTestId("safety-signs").textContent).toContain(words);
    }
  });

  it("answers a serious-danger sign with a helpline or emergency services, never a score", async () => {
    const held = vault();
    render(SafetyCheckView);
    await waitFor(() => expect(box("choked")).toBeTruthy());
    await fireEvent.click(box("afraid"));
    await fireEvent.click(box("choked"));
    await fireEvent.click(screen.getByTestId("safety-check-save"));
    const answer = await screen.findByTestId("safety-answer");
    expect(held()).toEqual({ ticked: ["afraid", "choked"] });
    expect(answer.dataset.steps).toBe("danger");
    expect(answer.textContent).toMatch(/domestic-abuse helpline or the emergency services/);
    expect(answer.textContent).toMatch(/cannot see or check/);
    expect(answer.textContent).not.toMatch(/\d/);
    expect(screen.getByRole("button", { name: /Read Safety first/ })).toBeTruthy();
  });

  it("answers no ticks with where to read more", async () => {
    vault();
    render(SafetyCheckView);
    await waitFor(() => expect(box("afraid")).toBeTruthy());
    await fireEvent.click(screen.getByTestId("safety-check-save"));
    const answer = await screen.findByTestId("safety-answer");
    expect(answer.dataset.steps).toBe("nothing");
    expect(screen.getByRole("button", { name: "Read Signs of trust issues" })).toBeTruthy();
  });

  it("forgets the ticks on a lock and reads them back from the vault", async () => {
    const held = vault({ ticked: ["watches", "weapon"] });
    render(SafetyCheckView);
    await waitFor(() => expect(box("weapon").checked).toBe(true));
    expect(box("watches").checked).toBe(true);
    expect(box("afraid").checked).toBe(false);
    emitApp("locked", { reason: "user" });
    expect(safetyCheck.ticked).toEqual({});
    expect(safetyCheck.saved).toBeNull();
    expect(held(), "a lock forgets the screen's copy, never the vault's").toEqual({ ticked: ["watches", "weapon"] });
    await safetyCheck.open();
    expect(safetyCheck.chosen).toEqual(["weapon", "watches"]);
  });

  it("clears the ticks from the vault when asked twice", async () => {
    const held = vault({ ticked: ["afraid"] });
    render(SafetyCheckView);
    await waitFor(() => expect(box("afraid").checked).toBe(true));
    await fireEvent.click(screen.getByRole("button", { name: "Clear my answers…" }));
    await fireEvent.click(screen.getByTestId("safety-check-clear"));
    await waitFor(() => expect(held()).toBeNull());
    await waitFor(() => expect(box("afraid").checked).toBe(false));
  });
});
