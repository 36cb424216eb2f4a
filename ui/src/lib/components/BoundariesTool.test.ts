import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import BoundariesTool from "./BoundariesTool.svelte";
import { boundaries } from "../state/boundaries.svelte";
import { typeDay } from "./date-field-input";

afterEach(() => {
  clearMocks();
  boundaries.clear();
});

const LONG = "I need us to talk before plans change. ".repeat(26).trim(); // about 1,000 characters

function backend() {
  mockIPC((cmd) => {
    if (cmd === "guides") return { areas: [], categories: [{ id: "emotional", title: "Emotional", explanation: "", examples: [] }] };
    if (cmd === "list_boundaries") {
      return [{
        kind: "boundary",
        boundary: {
          id: "b1", created_at: "2026-11-20T10:00:00Z", updated_at: "2026-11-20T10:00:00Z", text: LONG, whose: "mine",
          category: "emotional", why: "", if_crossed: "", status: "draft", review_on: null, note: "", moments: [],
        },
        tally: { honoured_30: 0, crossed_30: 0, honoured_90: 0, crossed_90: 0 },
        review_due: false,
      }];
    }
  });
}

describe("the boundaries list", () => {
  it("shortens a long boundary to two lines, with the whole text still there to read", async () => {
    backend();
    render(BoundariesTool);
    const text = await waitFor(() => {
      const t = document.querySelector<HTMLElement>("[data-testid=boundary-list] .btext");
      if (!t) throw new Error("no row yet");
      return t;
    });
    // The clamp is CSS (app.css `.clamp`: two lines); the full words stay in the tooltip and
    // in the button's name, so nothing is lost for a screen reader.
    expect(text.classList).toContain("clamp");
    expect(text.title).toBe(LONG);
    expect(screen.getByRole("button", { name: new RegExp(LONG.slice(0, 60)) })).toBeTruthy();
  });

  it("says why 'Add boundary' is greyed out, until the boundary is written", async () => {
    backend();
    render(BoundariesTool);
    await fireEvent.click(await screen.findByRole("button", { name: "Add a boundary" }));
    const add = (await screen.findByRole("button", { name: "Add boundary" })) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    expect(add.getAttribute("aria-describedby")).toBe("b-missing");
    expect(screen.getByTestId("boundary-missing").textContent).toBe("Write the boundary first.");
    await fireEvent.input(screen.getByLabelText("The boundary"), { target: { value: "I take a break when we shout" } });
    expect(add.disabled).toBe(false);
    expect(screen.getByTestId("boundary-missing").textContent).toBe("");
  });

  it("shows an empty review date as empty parts, with the month in words once chosen", async () => {
    backend();
    render(BoundariesTool);
    await fireEvent.click(await screen.findByRole("button", { name: "Add a boundary" }));
    const review = await screen.findByRole("group", { name: /Review it on/ });
    const field = review.closest<HTMLElement>(".date-field")!;
    // Nothing looks chosen: the parts are empty and the month says "month".
    expect([...field.querySelectorAll("input")].map((i) => i.value)).toEqual(["", ""]);
    expect(field.querySelector("select")!.selectedOptions[0].textContent).toBe("month");
    expect(field.querySelector("button.clear")).toBeNull();
    await typeDay(review, "2026-12-24");
    expect(field.querySelector("select")!.selectedOptions[0].textContent).toBe("December");
    expect(field.querySelector("button.clear")).not.toBeNull();
  });
});
