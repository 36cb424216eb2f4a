import { render } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import TogetherView from "./TogetherView.svelte";
import { nav } from "../state/nav.svelte";
import { boundaries } from "../state/boundaries.svelte";
import { worksheets } from "../state/worksheets.svelte";
import { agreements } from "../state/agreements.svelte";

afterEach(() => {
  clearMocks();
  boundaries.clear();
  worksheets.clear();
  agreements.clear();
  nav.go("journal");
});

function backend() {
  mockIPC((cmd) => {
    if (cmd === "guides") return { areas: [], categories: [{ id: "emotional", title: "Emotional", explanation: "", examples: [] }] };
    if (cmd === "list_boundaries" || cmd === "list_worksheets" || cmd === "list_agreements") return [];
    if (cmd === "partner_status") return { card: "", card_qr: { size: 21, path: "" }, connected: null };
  });
}

describe("a library link into a tool", () => {
  it("puts the focus on the first thing to do there, not on nothing", async () => {
    backend();
    nav.showTool("agreements");
    render(TogetherView);
    // "Start your boundaries list": the list's first step.
    await nav.follow({ kind: "boundaries" });
    expect(document.activeElement?.id).toBe("add-boundary");
    // "Start your expectations worksheet": the new worksheet's first field.
    await nav.follow({ kind: "expectations" });
    expect(document.activeElement?.id).toBe("new-title");
  });

  it("puts it in the boundary being written, when one is", async () => {
    backend();
    render(TogetherView);
    boundaries.startNew();
    await nav.follow({ kind: "boundaries" });
    expect(document.activeElement?.id).toBe("b-text");
  });
});
