import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import type { Agreement, AgreementDraft, ListedAgreement } from "../bindings";
import AgreementsTool from "./AgreementsTool.svelte";
import { typeDay } from "./date-field-input";
import { agreements } from "../state/agreements.svelte";
import { worksheets } from "../state/worksheets.svelte";

afterEach(() => {
  clearMocks();
  agreements.clear();
  worksheets.clear();
});

/** A ledger that keeps what is added, as the core does, and can be told to fail once. */
function backend(opts: { failNext?: boolean } = {}) {
  const saved: Agreement[] = [];
  const asked: AgreementDraft[] = [];
  let fail = opts.failNext ?? false;
  mockIPC((cmd, args) => {
    if (cmd === "guides") return { areas: [], categories: [] };
    if (cmd === "list_worksheets") return [];
    if (cmd === "partner_status") return { card: "", card_qr: { size: 21, path: "" }, connected: null };
    if (cmd === "list_agreements") return saved.map((agreement): ListedAgreement => ({ kind: "agreement", agreement, due: false }));
    if (cmd === "add_agreement") {
      const { draft } = args as { draft: AgreementDraft };
      asked.push(draft);
      if (fail) {
        fail = false;
        throw { code: "internal", message: "the disk is full" };
      }
      const now = new Date().toISOString();
      const a: Agreement = { id: `a${saved.length + 1}`, created_at: now, updated_at: now, text: draft.text.trim(), source: null, status: draft.status, revisit_on: draft.revisit_on, note: "", between: null };
      saved.push(a);
      return a;
    }
  });
  return { saved, asked };
}

describe("adding an agreement in the ledger", () => {
  it("adds it from the keyboard as not checked yet, and the focus stays to write the next", async () => {
    const { asked } = backend();
    render(AgreementsTool);
    const text = (await screen.findByLabelText("What the two of you agreed")) as HTMLTextAreaElement;
    const add = screen.getByRole("button", { name: "Add agreement" }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    text.focus();
    await fireEvent.input(text, { target: { value: "Phones stay in the kitchen at dinner" } });
    expect(add.disabled).toBe(false);
    await fireEvent.keyDown(text, { key: "Enter", ctrlKey: true });

    await waitFor(() => expect(screen.getByTestId("agreement-list").textContent).toContain("Phones stay in the kitchen at dinner"));
    expect(asked).toEqual([{ text: "Phones stay in the kitchen at dinner", status: "new", revisit_on: null }]);
    // A minute old, it does not claim to be kept.
    const row = screen.getByTestId("agreement-list").textContent ?? "";
    expect(row).toContain("Made today · not checked yet");
    expect(row).not.toMatch(/In place|Kept/);
    expect(screen.getByTestId("agreement-added").textContent).toContain("Added “Phones stay in the kitchen at dinner”");
    expect(text.value).toBe("");
    expect(document.activeElement).toBe(text);
  });

  it("keeps what was written when the add fails, and says why", async () => {
    const { saved } = backend({ failNext: true });
    render(AgreementsTool);
    const text = (await screen.findByLabelText("What the two of you agreed")) as HTMLTextAreaElement;
    await fireEvent.input(text, { target: { value: "We say where we are going" } });
    await typeDay(screen.getByRole("group", { name: /Talk about it again on/ }), "2027-01-10");
    await fireEvent.click(screen.getByRole("button", { name: "Add agreement" }));

    expect((await screen.findByRole("alert")).textContent).toContain("The disk is full");
    expect(text.value).toBe("We say where we are going");
    expect(saved).toEqual([]);
    // The second try goes through, with the date chosen.
    await fireEvent.click(screen.getByRole("button", { name: "Add agreement" }));
    await waitFor(() => expect(saved.map((a) => [a.text, a.revisit_on])).toEqual([["We say where we are going", "2027-01-10"]]));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
