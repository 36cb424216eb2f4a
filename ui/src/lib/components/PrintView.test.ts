import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import PrintView from "./PrintView.svelte";
import { print } from "../state/print.svelte";
import { nav } from "../state/nav.svelte";

afterEach(() => {
  vi.restoreAllMocks();
  clearMocks();
  print.clear();
  nav.go("journal");
});

describe("the print screen", () => {
  it("keeps the preview's room when a new choice drops it, so nothing jumps", async () => {
    mockIPC((cmd) => {
      if (cmd === "print_preview") return { pages: ["data:image/png;base64,AA=="], page_count: 1, private: false };
      if (cmd === "list_worksheets" || cmd === "list_boundaries" || cmd === "list_agreements" || cmd === "tags") return [];
    });
    // jsdom lays nothing out: the preview is 900 px tall, as a page of it would be.
    vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(900);
    render(PrintView);
    await fireEvent.click(screen.getByTestId("print-preview"));
    await screen.findByTestId("print-pages");
    // Another document: the old pages go (they are not what is chosen) but their room stays.
    await fireEvent.click(screen.getByLabelText("Agreements"));
    await fireEvent.change(screen.getByLabelText("Agreements"));
    const held = await screen.findByTestId("print-placeholder");
    await waitFor(() => expect(held.style.minHeight).toBe("900px"));
    expect(screen.queryByTestId("print-pages")).toBeNull();
  });
});

describe("finding the way on the print screen", () => {
  function lists() {
    mockIPC((cmd) => {
      if (cmd === "list_worksheets" || cmd === "list_boundaries" || cmd === "list_agreements" || cmd === "tags") return [];
    });
  }

  it("goes back where the person came from, with Back or Escape", async () => {
    lists();
    nav.go("together");
    nav.go("print");
    render(PrintView);
    const back = screen.getByTestId("print-back");
    expect(back.textContent).toContain("Back to Together");
    await fireEvent.click(back);
    expect(nav.view).toBe("together");

    nav.go("library");
    nav.go("print");
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(nav.view).toBe("library");
  });

  it("leaves Escape to a dialog that is open over the screen", async () => {
    lists();
    nav.go("together");
    nav.go("print");
    render(PrintView);
    const dialog = document.createElement("dialog");
    dialog.setAttribute("open", "");
    document.body.appendChild(dialog);
    await fireEvent.keyDown(window, { key: "Escape" });
    expect(nav.view).toBe("print");
    dialog.remove();
  });

  it("marks the chosen document", async () => {
    lists();
    render(PrintView);
    const chosen = () => [...document.querySelectorAll(".doc.chosen")].map((l) => l.textContent?.trim());
    expect(chosen()).toEqual(["Expectations worksheet, blank"]);
    await fireEvent.click(screen.getByLabelText("Boundaries"));
    expect(chosen()).toEqual(["Boundaries"]);
  });

  it("shows that the pages are being made, and lets the person stop waiting", async () => {
    mockIPC((cmd) => {
      if (cmd === "print_preview") return new Promise(() => {});
      if (cmd === "list_worksheets" || cmd === "list_boundaries" || cmd === "list_agreements" || cmd === "tags") return [];
    });
    render(PrintView);
    const show = screen.getByTestId("print-preview") as HTMLButtonElement;
    await fireEvent.click(show);
    const working = await screen.findByTestId("print-making");
    expect(working.textContent).toMatch(/Laying out the pages/);
    expect(show.disabled, "no second request while the first is made").toBe(true);
    await fireEvent.click(screen.getByRole("button", { name: "Stop" }));
    expect(screen.queryByTestId("print-making")).toBeNull();
    expect(show.disabled).toBe(false);
  });
});
