import { describe, expect, it } from "vitest";
import { plainLine, plainLines, plainParts } from "./plain-text";

describe("plainLine", () => {
  it("drops emphasis marks instead of showing them", () => {
    expect(plainLine("We **really** talked, *finally*, and __calmly__.")).toBe("We really talked, finally, and calmly.");
  });

  it("skips blank lines and block markers", () => {
    expect(plainLine("\n\n## Sunday\nmore")).toBe("Sunday");
    expect(plainLine("> a quote")).toBe("a quote");
    expect(plainLine("- [x] called her back")).toBe("called her back");
    expect(plainLine("1. first")).toBe("first");
  });

  it("keeps link text, code text and escaped characters", () => {
    expect(plainLine("see [the article](trellis:article/safety-first) and `notes`")).toBe("see the article and notes");
    expect(plainLine("2 \\* 3 is \\#six")).toBe("2 * 3 is #six");
  });

  it("leaves ordinary punctuation and lone stars alone", () => {
    expect(plainLine("5 * 4 = 20 - not bad")).toBe("5 * 4 = 20 - not bad");
    expect(plainLine("snake_case_name stays")).toBe("snake_case_name stays");
  });

  it("skips rules and shortens long lines with an ellipsis", () => {
    expect(plainLine("---\ntext")).toBe("text");
    const long = plainLine("word ".repeat(60), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("search snippets", () => {
  it("leave out Markdown's marks and keep the highlighted words", () => {
    const parts = [
      { text: "…we **", hit: false },
      { text: "talked", hit: true },
      { text: "** at dinner\n## Later ~~not~~ `code` __x__ snake_case", hit: false },
    ];
    expect(plainParts(parts)).toEqual([
      { text: "…we ", hit: false },
      { text: "talked", hit: true },
      { text: " at dinner\nLater not code x snake_case", hit: false },
    ]);
  });
});

describe("plainLines", () => {
  it("keeps headings and list items apart, without their marks, and drops blank lines", () => {
    const md = "## What went well\n\n- For me: **we cooked**\n- For my partner: the [film](https://x) night\n\nJust a line";
    expect(plainLines(md)).toEqual([
      { text: "What went well", heading: true, item: false },
      { text: "For me: we cooked", heading: false, item: true },
      { text: "For my partner: the film night", heading: false, item: true },
      { text: "Just a line", heading: false, item: false },
    ]);
  });
});
