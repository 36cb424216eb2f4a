import { render, fireEvent } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import DateField from "./DateField.svelte";
import TimeField from "./TimeField.svelte";
import { i18n } from "../i18n.svelte";

afterEach(async () => {
  await i18n.use("en");
});

function parts(root: HTMLElement) {
  return {
    day: root.querySelector<HTMLInputElement>("input.day")!,
    month: root.querySelector<HTMLSelectElement>("select.month")!,
    year: root.querySelector<HTMLInputElement>("input.year")!,
  };
}

describe("the date field", () => {
  it("shows the day, the month in words and the year in the language's order", async () => {
    await i18n.use("es");
    const { container } = render(DateField, { id: "d", value: "2026-12-07" });
    const p = parts(container);
    expect([p.day.value, p.month.selectedOptions[0].textContent, p.year.value]).toEqual(["7", "diciembre", "2026"]);
    // The first part in the language's order takes the id, so a label reaches it.
    expect(container.querySelector("#d")).toBe(p.day);
    expect(container.textContent).toContain("de");
  });

  it("is named as a whole by its label, and each part by its own name", async () => {
    const label = document.createElement("label");
    label.htmlFor = "named";
    label.textContent = "Review it on";
    document.body.append(label);
    const { getByRole } = render(DateField, { id: "named", value: "" });
    const group = getByRole("group", { name: "Review it on" });
    expect(group.querySelector("input.day")!.getAttribute("aria-label")).toBe("Day");
    label.remove();
  });

  it("gives a whole day, and nothing for half a day, which leaving the field puts back", async () => {
    const seen: string[] = [];
    const { container } = render(DateField, { id: "d", value: "2026-12-07", onchange: (v: string) => seen.push(v) });
    const p = parts(container);
    await fireEvent.input(p.day, { target: { value: "9" } });
    expect(seen).toEqual(["2026-12-09"]);
    await fireEvent.input(p.year, { target: { value: "20" } });
    expect(seen).toEqual(["2026-12-09"]);
    expect(container.querySelector(".date-field")!.classList).toContain("wrong");
    await fireEvent.focusOut(p.year, { relatedTarget: document.body });
    expect(p.year.value).toBe("2026");
    expect(container.querySelector(".date-field")!.classList).not.toContain("wrong");
  });

  it("clears an optional date with its button, and keeps a required one", async () => {
    const seen: string[] = [];
    const { container, unmount } = render(DateField, { id: "d", value: "2026-12-07", onchange: (v: string) => seen.push(v) });
    await fireEvent.click(container.querySelector<HTMLButtonElement>("button.clear")!);
    expect(seen).toEqual([""]);
    expect(parts(container).day.value).toBe("");
    unmount();
    const required = render(DateField, { id: "e", value: "2026-12-07", required: true });
    expect(required.container.querySelector("button.clear")).toBeNull();
  });

  it("does not go past max, and steps with the arrow keys", async () => {
    const seen: string[] = [];
    const { container } = render(DateField, { id: "d", value: "2026-12-07", max: "2026-12-07", onchange: (v: string) => seen.push(v) });
    const p = parts(container);
    await fireEvent.keyDown(p.day, { key: "ArrowUp" });
    expect(seen).toEqual([]);
    expect(p.day.value).toBe("8");
    // Back to the day it holds (no change), then the day before.
    await fireEvent.keyDown(p.day, { key: "ArrowDown" });
    await fireEvent.keyDown(p.day, { key: "ArrowDown" });
    expect(seen).toEqual(["2026-12-06"]);
  });
});

describe("the time field", () => {
  it("gives a whole time on the 24-hour clock", async () => {
    const seen: string[] = [];
    const { container } = render(TimeField, { id: "t", value: "19:00", onchange: (v: string) => seen.push(v) });
    const [hour, minute] = container.querySelectorAll("input");
    expect([hour.value, minute.value]).toEqual(["19", "00"]);
    await fireEvent.input(hour, { target: { value: "7" } });
    await fireEvent.input(minute, { target: { value: "5" } });
    expect(seen).toEqual(["07:00", "07:05"]);
    await fireEvent.input(hour, { target: { value: "" } });
    expect(seen).toEqual(["07:00", "07:05"]);
    await fireEvent.focusOut(hour, { relatedTarget: document.body });
    expect(hour.value).toBe("07");
  });
});
