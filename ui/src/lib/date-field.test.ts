import { describe, expect, it } from "vitest";
import { daysIn, digits, joinDay, joinTime, splitDay, splitTime, stepped } from "./date-field";
import { dateParts, monthNames } from "./dates";

const fields = (locale: string) => dateParts(locale).map((p) => ("field" in p ? p.field : `"${p.between}"`));

describe("a date's parts in a language's order", () => {
  it("writes the day first in Spanish and British English, the month first in American English", () => {
    expect(fields("es")).toEqual(["day", '"de"', "month", '"de"', "year"]);
    expect(fields("en-GB")).toEqual(["day", "month", "year"]);
    expect(fields("en-US")).toEqual(["month", "day", '","', "year"]);
  });

  it("names the months in the language, January first", () => {
    expect(monthNames("es")[11]).toBe("diciembre");
    expect(monthNames("en")[0]).toBe("January");
    expect(monthNames("en")).toHaveLength(12);
  });
});

describe("joining and splitting a day", () => {
  it("round-trips a day and pads what was typed", () => {
    expect(splitDay("2026-12-07")).toEqual({ day: "7", month: "12", year: "2026" });
    expect(joinDay({ day: "7", month: "12", year: "2026" })).toBe("2026-12-07");
    expect(joinDay({ day: "07", month: "3", year: "2026" })).toBe("2026-03-07");
  });

  it("is no date when every part is empty, and not a date yet when one is missing or wrong", () => {
    expect(joinDay({ day: "", month: "", year: "" })).toBe("");
    expect(joinDay({ day: "7", month: "", year: "2026" })).toBeNull();
    expect(joinDay({ day: "7", month: "12", year: "26" })).toBeNull();
    expect(joinDay({ day: "31", month: "2", year: "2026" })).toBeNull();
    expect(joinDay({ day: "29", month: "2", year: "2028" })).toBe("2028-02-29");
    expect(joinDay({ day: "0", month: "1", year: "2026" })).toBeNull();
    expect(splitDay("not a day")).toEqual({ day: "", month: "", year: "" });
  });

  it("keeps within min and max", () => {
    expect(joinDay({ day: "8", month: "12", year: "2026" }, undefined, "2026-12-07")).toBeNull();
    expect(joinDay({ day: "7", month: "12", year: "2026" }, undefined, "2026-12-07")).toBe("2026-12-07");
    expect(joinDay({ day: "1", month: "1", year: "2020" }, "2021-01-01")).toBeNull();
  });

  it("knows each month's length", () => {
    expect([daysIn(2026, 2), daysIn(2024, 2), daysIn(2026, 4), daysIn(2026, 12)]).toEqual([28, 29, 30, 31]);
  });
});

describe("times and typed parts", () => {
  it("joins and splits a time on the 24-hour clock", () => {
    expect(joinTime("7", "5")).toBe("07:05");
    expect(joinTime("19", "00")).toBe("19:00");
    expect(joinTime("24", "00")).toBeNull();
    expect(joinTime("12", "")).toBeNull();
    expect(splitTime("19:05")).toEqual({ hour: "19", minute: "05" });
  });

  it("steps a part round at either end, and starts an empty one from the given number", () => {
    expect(stepped("31", 1, 1, 31, 5)).toBe(1);
    expect(stepped("1", -1, 1, 31, 5)).toBe(31);
    expect(stepped("", 1, 1, 31, 5)).toBe(5);
    expect(digits("2a0x26y7", 4)).toBe("2026");
  });
});
