import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Timeline from "./Timeline.svelte";

const STEPS = [
  { at: "2026-11-22T18:00:00Z", note: "we talked on Sunday", created: false, changes: [
    { field: "text", before: "9 pm", after: "10 pm" },
    { field: "status", before: "draft", after: "agreed" },
  ] },
  { at: "2026-11-20T18:00:00Z", note: "", created: true, changes: [] },
];

describe("Timeline", () => {
  it("shows each version newest first, with its note and each change in words", () => {
    render(Timeline, { steps: STEPS, noun: "boundary" });
    const items = screen.getByTestId("timeline").querySelectorAll(":scope > li");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain("“we talked on Sunday”");
    const changes = screen.getAllByTestId("change").map((c) => c.textContent?.replace(/\s+/g, " ").trim());
    expect(changes).toEqual(["Wording 9 pm → 10 pm", "Status Draft → Agreed"]);
    expect(items[1].textContent).toContain("The boundary was written.");
  });

  it("says so when there is no history", () => {
    render(Timeline, { steps: [], noun: "agreement" });
    expect(screen.getByText("No history yet.")).toBeTruthy();
  });
});
