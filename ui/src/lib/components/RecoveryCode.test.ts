import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import RecoveryCode from "./RecoveryCode.svelte";
import { forgetCopied } from "../clipboard";

afterEach(() => {
  forgetCopied();
  clearMocks();
});

const CODE = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";

describe("the recovery code card", () => {
  it("says 'Copied' in a line that was already there, so nothing moves", async () => {
    mockIPC((cmd) => (cmd === "copy_secret" ? null : undefined));
    render(RecoveryCode, { code: CODE, onDone: () => {} });
    const lines = screen.getAllByRole("status");
    // The copy line and the kit line are in the page, empty, before anything is said.
    expect(lines.length).toBe(2);
    for (const l of lines) expect(l.textContent?.trim()).toBe("");
    await fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() => expect(lines[0].textContent).toMatch(/^\s*Copied\./));
    expect(screen.getAllByRole("status")).toEqual(lines);
    expect(screen.getByRole("button", { name: "Copied" }).classList).toContain("copy");
  });

  it("keeps Continue in the footer that stays in sight", () => {
    render(RecoveryCode, { code: CODE, onDone: () => {} });
    // The footer is sticky (CSS): Continue is in it, and it is the card's last part.
    const footer = screen.getByRole("button", { name: "Continue" }).closest(".confirm");
    expect(footer).toBeTruthy();
    expect(footer?.parentElement?.lastElementChild).toBe(footer);
  });

  it("prints through the system's dialog, and offers the kit when this computer cannot print", async () => {
    let during = "";
    mockIPC((cmd) => {
      if (cmd === "print_window") {
        during = document.body.className;
        return "failed";
      }
    });
    render(RecoveryCode, { code: CODE, onDone: () => {} });
    await fireEvent.click(screen.getByTestId("print-recovery-code"));
    const kit = screen.getByTestId("recovery-kit-status");
    await waitFor(() => expect(kit.textContent).toMatch(/could not be printed.*Save a recovery kit/));
    expect(during, "the whole card prints, in no special mode").toBe("");
    expect((screen.getByTestId("print-recovery-code") as HTMLButtonElement).disabled).toBe(false);
  });
});
