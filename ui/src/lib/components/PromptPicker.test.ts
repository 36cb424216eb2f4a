import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import PromptPicker from "./PromptPicker.svelte";

afterEach(() => {
  vi.restoreAllMocks();
  clearMocks();
});

const DATA = {
  groups: [
    { id: "acknowledge", title: "Acknowledge", summary: "Name what happened." },
    { id: "daily", title: "Daily", summary: "A few minutes a day." },
  ],
  prompts: [
    { id: "a1", group: "acknowledge", text: "What are you most afraid might be true?", hint: "Naming a fear is not believing it." },
    { id: "a2", group: "acknowledge", text: "Where do you feel distrust in your body?", hint: "A tight chest." },
    { id: "d1", group: "daily", text: "What went well today?", hint: "However small." },
  ],
};

function open() {
  // jsdom has no modal dialogs: opening one just sets `open`.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
  mockIPC((cmd) => (cmd === "prompts" ? DATA : undefined));
  const onPick = vi.fn();
  render(PromptPicker, { onPick, onClose: () => {} });
  return onPick;
}

const texts = () => [...document.querySelectorAll("dialog .prompt")].map((b) => b.textContent);

describe("the prompt picker", () => {
  it("starts in the search box, and narrows the list as words are typed", async () => {
    open();
    const search = screen.getByLabelText("Search prompts");
    await waitFor(() => expect(document.activeElement).toBe(search));
    await waitFor(() => expect(texts().length).toBe(3));
    await fireEvent.input(search, { target: { value: "fear" } });
    expect(texts()).toEqual(["What are you most afraid might be true?"]);
    expect(screen.getByRole("status").textContent).toMatch(/1 prompt found/);
    await fireEvent.input(search, { target: { value: "nothing like this" } });
    expect(texts()).toEqual([]);
    expect(screen.getByRole("status").textContent).toMatch(/No prompt has those words/);
    expect((screen.getByTestId("pick-for-me") as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows one group when it is chosen", async () => {
    open();
    await fireEvent.click(await screen.findByRole("button", { name: "Daily" }));
    expect(texts()).toEqual(["What went well today?"]);
    expect(screen.getByRole("button", { name: "Daily" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("picks one of the prompts shown for the person", async () => {
    const onPick = open();
    vi.spyOn(Math, "random").mockReturnValue(0.99);
    await waitFor(() => expect(texts().length).toBe(3));
    await fireEvent.click(screen.getByRole("button", { name: "Acknowledge" }));
    await fireEvent.click(screen.getByTestId("pick-for-me"));
    expect(onPick).toHaveBeenCalledWith("a2");
  });
});
