import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import CreateVault from "./CreateVault.svelte";
import { i18n } from "../i18n.svelte";

afterEach(() => clearMocks());

const CODE = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";

describe("CreateVault", () => {
  it("refuses a weak passphrase and explains why", async () => {
    mockIPC(() => undefined);
    render(CreateVault);
    await fireEvent.input(screen.getByLabelText("Choose a passphrase"), { target: { value: "password" } });
    await fireEvent.input(screen.getByLabelText("Type it again"), { target: { value: "password" } });
    expect((screen.getByRole("button", { name: "Create my journal" }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByText(/Strength:/).textContent).toMatch(/Very weak|Weak/));
    // The greyed-out button says why, in the screen's own terms.
    expect(screen.getByTestId("passphrase-missing").textContent).toContain("Add another word or two");
    expect(document.body.textContent).not.toMatch(/Capitalize/i);
  });

  it("says the two passphrases differ only once the second is as long, or left", async () => {
    mockIPC(() => undefined);
    render(CreateVault);
    const pass = "harbor quietly maple seventeen";
    await fireEvent.input(screen.getByLabelText("Choose a passphrase"), { target: { value: pass } });
    const again = screen.getByLabelText("Type it again");
    await fireEvent.input(again, { target: { value: "harbor qu" } });
    const said = () => screen.getByTestId("passphrase-mismatch").textContent + " " + screen.getByTestId("passphrase-missing").textContent;
    await waitFor(() => expect(screen.getByTestId("passphrase-missing").textContent).toMatch(/again/));
    expect(said()).not.toMatch(/differ/);
    await fireEvent.blur(again);
    expect(screen.getByTestId("passphrase-mismatch").textContent).toBe("The two passphrases differ.");
    // Typing on is typing again: the words go until it is as long or left once more.
    await fireEvent.input(again, { target: { value: "harbor qui" } });
    expect(said()).not.toMatch(/differ/);
    await fireEvent.input(again, { target: { value: "harbor quietly maple seventeeN" } });
    expect(screen.getByTestId("passphrase-mismatch").textContent).toBe("The two passphrases differ.");
  });

  it("shows the language picked at once, and keeps it in the journal it makes", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "create_vault") return CODE;
      if (cmd === "choose_language") return { language: (args as { lang: string | null }).lang };
      if (cmd === "display_name") return "Trellis";
      return null;
    });
    render(CreateVault);
    await fireEvent.change(screen.getByLabelText(/Show .* in/), { target: { value: "es" } });
    await waitFor(() => expect(screen.getByRole("button", { name: "Crear mi diario" })).toBeTruthy());
    expect(calls.some(([cmd]) => cmd === "choose_language"), "nothing to keep it in yet").toBe(false);
    const pass = "harbor quietly maple seventeen";
    await fireEvent.input(screen.getByLabelText("Elige una frase de contraseña"), { target: { value: pass } });
    await fireEvent.input(screen.getByLabelText("Escríbela otra vez"), { target: { value: pass } });
    await waitFor(() => expect((screen.getByRole("button", { name: "Crear mi diario" }) as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByRole("button", { name: "Crear mi diario" }));
    await waitFor(() => expect(calls.find(([cmd]) => cmd === "choose_language")?.[1]).toEqual({ lang: "es" }));
    await i18n.use("en");
  });

  it("keeps the room of the strength meter before anything is typed", async () => {
    mockIPC(() => undefined);
    render(CreateVault);
    // The bar is drawn empty from the start (its room is kept by CSS), so the first letter
    // does not push the card down.
    expect(document.querySelector(".strength .bar")).toBeTruthy();
    expect(screen.getByTestId("passphrase-mismatch")).toBeTruthy();
  });

  it("lights part of the bar even for a very weak passphrase", async () => {
    mockIPC(() => undefined);
    render(CreateVault);
    await fireEvent.input(screen.getByLabelText("Choose a passphrase"), { target: { value: "password" } });
    await waitFor(() => expect(screen.getByText(/Strength:/).textContent).toContain("Very weak"));
    const lit = screen.getByTestId("strength-bar").querySelectorAll("span.on");
    expect(lit.length).toBe(1);
  });

  it("puts the cursor in the first field, shows the passphrase on request and warns of Caps Lock", async () => {
    mockIPC(() => undefined);
    render(CreateVault);
    const field = screen.getByLabelText("Choose a passphrase") as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.type).toBe("password");
    await fireEvent.click(screen.getAllByRole("button", { name: "Show passphrase" })[0]);
    expect(field.type).toBe("text");
    await fireEvent.click(screen.getByRole("button", { name: "Hide passphrase" }));
    expect(field.type).toBe("password");
    // jsdom does not model lock keys: the event answers as a browser would with Caps Lock on.
    const caps = new KeyboardEvent("keydown", { key: "A", bubbles: true });
    Object.defineProperty(caps, "getModifierState", { value: (k: string) => k === "CapsLock" });
    await fireEvent(field, caps);
    expect(screen.getAllByTestId("caps-lock")[0].textContent).toContain("Caps Lock is on");
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
    const create = screen.getByRole("button", { name: "Create my journal" }) as HTMLButtonElement;
    await waitFor(() => expect(create.disabled).toBe(false));
    await fireEvent.click(create);
    const code = (await screen.findByTestId("recovery-code")) as HTMLInputElement;
    // Shown in short groups; the same characters in the same order.
    expect(code.value.replace(/ /g, "")).toBe(CODE.slice("AGE-SECRET-KEY-1".length)); // shown without its fixed prefix
    expect(code.value.split(" ").length).toBeGreaterThan(5);
    expect(seen[0].passphrase).toBe(pass);
    const cont = screen.getByRole("button", { name: "Continue" }) as HTMLButtonElement;
    expect(cont.disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText("I have saved my recovery code"));
    expect(cont.disabled).toBe(false);
  });
});
