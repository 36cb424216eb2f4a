import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { available, nav, NOT_YET_PROMPT } from "./nav.svelte";
import { boundaries } from "./boundaries.svelte";
import { worksheets } from "./worksheets.svelte";
import { agreements } from "./agreements.svelte";

// The UI has no Node typings; the test runs in Node, so it reads the file through node:fs.
const FS = "node:fs";
const { readFileSync } = (await import(/* @vite-ignore */ FS)) as { readFileSync: (path: string, enc: "utf8") => string };

afterEach(() => {
  clearMocks();
  boundaries.clear();
  worksheets.clear();
  agreements.clear();
  nav.go("journal");
});

describe("NOT_YET_PROMPT", () => {
  it("names prompts that exist in content/en/prompts.toml", () => {
    // vitest runs in ui/.
    const prompts = readFileSync("../content/en/prompts.toml", "utf8");
    for (const id of Object.values(NOT_YET_PROMPT)) expect(prompts, id).toContain(`id = "${id}"`);
  });
});

describe("links into the tools", () => {
  it("offers boundaries, the expectations worksheet and printable worksheets, not reminders yet", () => {
    expect(available({ kind: "boundaries" })).toBe(true);
    expect(available({ kind: "expectations" })).toBe(true);
    expect(available({ kind: "worksheets" })).toBe(true);
    expect(available({ kind: "new_reminder", target: "checkin" })).toBe(true);
  });

  it("opens the boundaries list and the worksheets from a library button", async () => {
    mockIPC((cmd) => {
      if (cmd === "list_worksheets") return [];
    });
    nav.go("library");
    await nav.follow({ kind: "boundaries" });
    expect(nav.view).toBe("together");
    expect(nav.tool).toBe("boundaries");
    expect(nav.notice).toBeNull();
    await nav.follow({ kind: "expectations" });
    expect(nav.view).toBe("together");
    expect(nav.tool).toBe("expectations");
  });

  it("opens the thought record and the safety check from a library button", async () => {
    nav.go("library");
    await nav.follow({ kind: "thought_record" });
    expect(nav.view).toBe("worry");
    expect(nav.notice).toBeNull();
    await nav.follow({ kind: "safety_check" });
    expect(nav.view).toBe("safety-check");
    expect(available({ kind: "thought_record" }) && available({ kind: "safety_check" })).toBe(true);
  });

  it("opens a search hit in its own tool", async () => {
    const at = "2026-11-22T10:00:00Z";
    mockIPC((cmd) => {
      if (cmd === "get_agreement") return { id: "a1", created_at: at, updated_at: at, text: "Phones away at dinner", source: null, status: "kept", revisit_on: null, note: "", between: null };
      if (cmd === "agreement_history") return [];
    });
    await nav.openRecord("agreement", "a1");
    expect(nav.view).toBe("together");
    expect(nav.tool).toBe("agreements");
    expect(agreements.current?.text).toBe("Phones away at dinner");
  });

  it("keeps a boundary being written when its tab or a library link opens the tool again", async () => {
    boundaries.startNew();
    boundaries.form!.draft.text = "typed, not saved";
    nav.showTool("agreements");
    nav.showTool("boundaries");
    expect(boundaries.form?.draft.text).toBe("typed, not saved");
    await nav.follow({ kind: "boundaries" });
    expect(boundaries.form?.draft.text).toBe("typed, not saved");
  });
});

describe("going back", () => {
  it("returns to the screen shown before, not to itself", () => {
    nav.go("library");
    nav.go("print");
    expect(nav.previous).toBe("library");
    nav.go("print");
    expect(nav.previous, "the same screen again keeps where it came from").toBe("library");
    nav.back();
    expect(nav.view).toBe("library");
  });
});

describe("together at this computer", () => {
  it("keeps every private screen out of reach, by every way in, until the passphrase ends it", async () => {
    const { together } = await import("./together.svelte");
    let right = false;
    mockIPC((cmd, args) => {
      if (cmd === "list_boundaries") return [];
      if (cmd === "confirm_passphrase") {
        if ((args as { passphrase: string }).passphrase !== "the right one") throw { code: "wrong_passphrase", message: "that passphrase is not right" };
        right = true;
        return null;
      }
    });
    nav.go("together");
    together.start();
    expect(boundaries.filter.whose).toBe("ours");
    for (const view of ["journal", "mood", "settings", "reminders", "print", "worry", "safety-check"] as const) {
      nav.go(view);
      expect(nav.view, view).toBe("together");
    }
    await nav.follow({ kind: "journal_new" });
    await nav.follow({ kind: "new_reminder", target: "checkin" });
    await nav.openRecord("entry", "e1");
    await nav.openScreen({ screen: "journal", id: null });
    expect(nav.view).toBe("together");
    expect(nav.notice).toMatch(/out of sight while you are together/);
    nav.showTool("partner");
    expect(nav.tool).not.toBe("partner");
    nav.go("library");
    expect(nav.view).toBe("library");

    expect(await together.end("a wrong one")).toBe(false);
    expect(together.on).toBe(true);
    expect(together.error).toMatch(/not right/);
    expect(await together.end("the right one")).toBe(true);
    expect(right).toBe(true);
    expect(together.on).toBe(false);
    expect(boundaries.filter.whose).toBe(null);
    nav.go("journal");
    expect(nav.view).toBe("journal");
  });
});
