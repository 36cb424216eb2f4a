import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { print, requestFor, saveRecoveryKit } from "./print.svelte";

afterEach(() => {
  clearMocks();
  print.clear();
});

function ipc(answers: Record<string, unknown>, fail: Record<string, { code: string; message: string }> = {}) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd in fail) throw fail[cmd];
    return answers[cmd];
  });
  return calls;
}

const EMPTY = { from: "", to: "", tags: [], boundaries: [], agreements: [] };

describe("what is asked for", () => {
  it("names each document, and waits for a worksheet to be chosen", () => {
    expect(requestFor("worksheet_blank", null, false, EMPTY)).toEqual({ kind: "worksheet_blank" });
    expect(requestFor("worksheet", null, false, EMPTY)).toBeNull();
    expect(requestFor("worksheet", "w1", false, EMPTY)).toEqual({ kind: "worksheet", id: "w1" });
    expect(requestFor("boundaries", null, true, EMPTY)).toEqual({ kind: "boundaries", all: true });
  });

  it("sends only the packet's choices, empty dates as none", () => {
    const r = requestFor("packet", null, false, { from: "2026-04-01", to: "", tags: ["calm"], boundaries: ["b1"], agreements: [] });
    expect(r).toEqual({ kind: "packet", from: "2026-04-01", to: null, tags: ["calm"], entries: [], boundaries: ["b1"], agreements: [] });
  });
});

describe("preview and save", () => {
  it("shows the pages, then saves where the dialog says", async () => {
    const calls = ipc({
      print_preview: { pages: ["data:image/png;base64,AA=="], page_count: 1, private: false },
      choose_pdf_path: "/home/a/worksheet.pdf",
      print_save: 1,
    });
    await print.show();
    expect(print.preview?.page_count).toBe(1);
    await print.save();
    expect(print.saved).toBe("Saved 1 page to /home/a/worksheet.pdf.");
    const save = calls.find((c) => c.cmd === "print_save");
    expect(save?.args).toMatchObject({ request: { kind: "worksheet_blank" }, paper: "a4", path: "/home/a/worksheet.pdf" });
    // The dialog is told which document, so it can offer a name that says what it is.
    expect(calls.find((c) => c.cmd === "choose_pdf_path")?.args).toEqual({ request: { kind: "worksheet_blank" } });
  });

  it("writes nothing when the dialog is cancelled, and says why a save failed", async () => {
    const calls = ipc({ choose_pdf_path: null });
    await print.save();
    expect(calls.some((c) => c.cmd === "print_save")).toBe(false);
    expect(print.saved).toBeNull();

    ipc({ choose_pdf_path: "/a/x.pdf" }, { print_save: { code: "file_exists", message: "/a/x.pdf already exists; choose another name" } });
    await print.save();
    expect(print.error).toContain("already exists");
  });

  it("forgets the preview when the choice changes", async () => {
    ipc({ print_preview: { pages: [], page_count: 2, private: true } });
    await print.show();
    expect(print.preview).not.toBeNull();
    print.kind = "agreements";
    print.changed();
    expect(print.preview).toBeNull();
  });

  it("saves the recovery kit from the code on screen", async () => {
    const calls = ipc({ choose_pdf_path: "/k/kit.pdf", print_save: 1 });
    expect(await saveRecoveryKit("AGE-SECRET-KEY-1ABC", "a4")).toBe("/k/kit.pdf");
    expect(calls.find((c) => c.cmd === "print_save")?.args).toMatchObject({ request: { kind: "recovery_kit", code: "AGE-SECRET-KEY-1ABC" } });
    expect(calls.find((c) => c.cmd === "choose_pdf_path")?.args).toMatchObject({ request: { kind: "recovery_kit" } });
  });
});

describe("making the pages", () => {
  it("says it is working until the pages come, and a stop drops them", async () => {
    let answer: (p: unknown) => void = () => {};
    mockIPC((cmd) => {
      if (cmd === "print_preview") return new Promise((r) => (answer = r));
    });
    const shown = print.show();
    await Promise.resolve();
    expect(print.making).toBe(true);
    print.stop();
    expect(print.making).toBe(false);
    answer({ pages: ["data:image/png;base64,AA=="], page_count: 1, private: false });
    await shown;
    expect(print.preview, "pages asked for before the stop are not shown").toBeNull();
  });

  it("a new choice stops waiting for the old one's pages", async () => {
    let answer: (p: unknown) => void = () => {};
    mockIPC((cmd) => {
      if (cmd === "print_preview") return new Promise((r) => (answer = r));
    });
    const shown = print.show();
    await Promise.resolve();
    print.kind = "agreements";
    print.changed();
    expect(print.making).toBe(false);
    answer({ pages: ["data:image/png;base64,AA=="], page_count: 1, private: false });
    await shown;
    expect(print.preview).toBeNull();
  });
});

describe("printing the pages", () => {
  const PAGES = ["data:image/svg+xml;base64,PHN2Zy8+", "data:image/svg+xml;base64,PHN2Zy8+"];

  /** Answers print_window with `outcome`, noting what the page looked like at that moment. */
  function printer(outcome: string) {
    const seen: { body: string; images: number; paper: unknown }[] = [];
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === "print_pages") return PAGES;
      if (cmd === "print_window") {
        seen.push({ body: document.body.className, images: print.paperPages?.length ?? 0, paper: (args as { paper: unknown }).paper });
        return outcome;
      }
    });
    return { calls, seen };
  }

  it("lays every page out for paper while the dialog is open, then lets them go", async () => {
    const { calls, seen } = printer("sent");
    print.paper = "letter";
    await print.printPages();
    expect(calls.find((c) => c.cmd === "print_pages")?.args).toMatchObject({ request: { kind: "worksheet_blank" }, paper: "letter" });
    expect(seen).toEqual([{ body: "printing-pages", images: 2, paper: "letter" }]);
    expect(document.body.className, "back to normal after printing").toBe("");
    expect(print.paperPages).toBeNull();
    expect(print.printing).toBe(false);
    expect(print.saved).toBe("The pages went to the printer you chose.");
    expect(print.cannotPrint).toBeNull();
  });

  it("says nothing when the dialog is cancelled, and the app is back to normal", async () => {
    const { seen } = printer("cancelled");
    await print.printPages();
    expect(seen).toHaveLength(1);
    expect(document.body.className).toBe("");
    expect(print.saved).toBeNull();
    expect(print.cannotPrint).toBeNull();
    expect(print.error).toBeNull();
  });

  it("offers a PDF when this computer cannot print", async () => {
    printer("failed");
    await print.printPages();
    expect(print.cannotPrint).toMatch(/could not be printed/);
    expect(document.body.className).toBe("");
    print.changed();
    expect(print.cannotPrint, "a new choice clears it").toBeNull();
  });

  it("leaves print mode when the dialog could not open at all", async () => {
    ipc({ print_pages: PAGES }, { print_window: { code: "internal", message: "the print dialog could not be opened" } });
    await print.printPages();
    expect(document.body.className).toBe("");
    expect(print.error).toMatch(/could not be opened/);
    expect(print.printing).toBe(false);
  });
});
