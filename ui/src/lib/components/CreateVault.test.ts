import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import CreateVault from "./CreateVault.svelte";

afterEach(() => clearMocks());

const CODE = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";

describe("CreateVault", () => {
  it("refuses a weak passphrase and explains why", async () => {
    mockIPC(() => undefined);
    render(CreateVault);
    await fireEvent.input(screen.getByLabelText("Choose a passphrase"), { target: { value: "password" } });
    await fireEvent.input(screen.getByLabelText("Type it again"), { target: { value: "password" } });
    expect((screen.getByRole("button", { name: "Create my vault" }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByText(/Strength:/).textContent).toMatch(/Very weak|Weak/));
  });

  it("creates the vault and shows the recovery code once, behind a confirmation", async () => {
    const seen: Record<string, unknown>[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "create_vault") {
        seen.push(args as Record<string, unknown>);
        return CODE;
      }
    });
    render(CreateVault);
    const pass = "harbor quietly maple seventeen";
    await fireEvent.input(screen.getByLabelText("Choose a passphrase"), { target: { value: pass } });
    await fireEvent.input(screen.getByLabelText("Type it again"), { target: { value: pass } });
    const create = screen.getByRole("button", { name: "Create my vault" }) as HTMLButtonElement;
    await waitFor(() => expect(create.disabled).toBe(false));
    await fireEvent.click(create);
    const code = (await screen.findByTestId("recovery-code")) as HTMLInputElement;
    expect(code.value).toBe(CODE);
    expect(seen[0].passphrase).toBe(pass);
    const cont = screen.getByRole("button", { name: "Continue" }) as HTMLButtonElement;
    expect(cont.disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText("I have saved my recovery code"));
    expect(cont.disabled).toBe(false);
  });
});
