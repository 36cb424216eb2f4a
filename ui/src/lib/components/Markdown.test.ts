import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import Markdown from "./Markdown.svelte";
import { nav } from "../state/nav.svelte";
import { reminders } from "../state/reminders.svelte";
import type { TrellisLink } from "../bindings";
import { journal } from "../state/journal.svelte";
import { library } from "../state/library.svelte";

afterEach(() => {
  clearMocks();
  journal.clear();
  nav.go("journal");
});

const HTML = '<p><a href="trellis:prompt/daily-1">prompt</a> <a href="https://example.org/">web</a> <a href="javascript:alert(1)">bad</a></p>';

describe("links in rendered Markdown", () => {
  it("asks the core where every link leads and never lets the webview navigate", async () => {
    const asked: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== "open_link") return;
      const href = (args as { href: string }).href;
      asked.push(href);
      if (href.startsWith("trellis:")) return { kind: "prompt", target: "daily-1" };
      if (href.startsWith("https:")) return null;
      throw { code: "link_refused", message: "Trellis only opens web, e-mail and Trellis links." };
    });
    const onLink = vi.fn();
    render(Markdown, { html: HTML, onLink });

    for (const name of ["prompt", "web", "bad"]) {
      const event = new MouseEvent("click", { bubbles: true, cancelable: true });
      screen.getByText(name).dispatchEvent(event);
      expect(event.defaultPrevented, name).toBe(true);
    }
    await waitFor(() => expect(asked).toEqual(["trellis:prompt/daily-1", "javascript:alert(1)"]));
    await waitFor(() => expect(onLink).toHaveBeenCalledWith({ kind: "prompt", target: "daily-1" }));
    expect(onLink).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole("alert")).textContent).toContain("only opens web");
    // A web link asks first, naming the site, and leaves only on yes.
    const question = await screen.findByRole("alertdialog");
    expect(question.textContent).toContain("example.org");
    await fireEvent.click(screen.getByText("Open in browser"));
    await waitFor(() => expect(asked).toContain("https://example.org/"));
  });

  it("a web link stays in Trellis when the person says no", async () => {
    const asked: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "open_link") asked.push((args as { href: string }).href);
    });
    render(Markdown, { html: HTML, onLink: vi.fn() });
    screen.getByText("web").dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    const stay = await screen.findByText("Stay here");
    await waitFor(() => expect(document.activeElement).toBe(stay), { timeout: 1000 });
    await fireEvent.click(stay);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(asked).toEqual([]);
  });
});

describe("following links into the app", () => {
  it("starts an entry from a prompt, opens the mood chart and articles, and says plainly what is not built yet", async () => {
    mockIPC((cmd, args) => {
      if (cmd === "read_article") return { meta: { slug: (args as { slug: string }).slug }, html: "", try_it: [], previous: null, next: null };
    });
    nav.go("library");
    await nav.follow({ kind: "prompt", target: "daily-1" });
    expect(nav.view).toBe("journal");
    expect(journal.draft?.prompt_id).toBe("daily-1");

    await nav.follow({ kind: "mood" });
    expect(nav.view).toBe("mood");

    await nav.follow({ kind: "article", target: "safety-first" });
    expect(nav.view).toBe("library");
    expect(library.page?.meta.slug).toBe("safety-first");

    await nav.follow({ kind: "worksheets" });
    expect(nav.view).toBe("print");
    expect(nav.notice).toBeNull();

    mockIPC((cmd) => {
      if (cmd === "list_reminders") return [];
      if (cmd === "reminder_setup") return { zone: "Europe/Berlin", tray: false, autostart: false };
    });
    nav.go("library");
    await nav.follow({ kind: "new_reminder", target: "journal" });
    expect(nav.view).toBe("reminders");
    expect(reminders.form?.purpose).toBe("journal");
    expect(reminders.form?.zone).toBe("Europe/Berlin");
    reminders.form = null;

    // A link a newer article might hold says plainly that it is not here yet.
    nav.go("library");
    await nav.follow({ kind: "someday" } as unknown as TrellisLink);
    expect(nav.view).toBe("library");
    expect(nav.notice).toContain("not in this version yet");
  });

  it("falls back to a blank entry if the related prompt is not there", async () => {
    mockIPC((cmd) => {
      if (cmd === "prompts") return { groups: [], prompts: [] };
    });
    await nav.follow({ kind: "someday" } as unknown as TrellisLink);
    await nav.writeFromNotice();
    expect(journal.draft?.prompt_id).toBeNull();
  });
});
