import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import Unlock from "./Unlock.svelte";
import { session } from "../state/session.svelte";

afterEach(() => clearMocks());

describe("Unlock", () => {
  it("says a wrong passphrase calmly and keeps what was typed", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "unlock") throw { code: "wrong_passphrase", message: "that passphrase does not open this vault" };
    });
    render(Unlock);
    const field = screen.getByLabelText("Passphrase") as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "not it" } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("didn't open your journal");
    expect(alert.textContent).not.toContain("not it");
    expect(field.value).toBe("not it");
    expect(calls).toContain("unlock");
    expect(session.phase).not.toBe("unlocked");
  });

  it("opens the journal when the passphrase is right", async () => {
    mockIPC((cmd) => {
      if (cmd === "unlock") return { entries: 3, damaged: [] };
    });
    session.phase = "locked";
    render(Unlock);
    await fireEvent.input(screen.getByLabelText("Passphrase"), { target: { value: "right words" } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(session.phase).toBe("unlocked"));
  });

  it("offers recovery", async () => {
    mockIPC(() => undefined);
    session.phase = "locked";
    render(Unlock);
    await fireEvent.click(screen.getByRole("button", { name: "Forgot passphrase?" }));
    expect(session.phase).toBe("recover");
  });
});
