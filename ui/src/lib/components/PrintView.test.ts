import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import PrintView from "./PrintView.svelte";
import { print } from "../state/print.svelte";

afterEach(() => {
  vi.restoreAllMocks();
  clearMocks();
  print.clear();
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
