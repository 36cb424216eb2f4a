import { describe, expect, it } from "vitest";
import { groupRecoveryCode, shownRecoveryCode } from "./recovery-code";

const CODE = "AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE";

describe("groupRecoveryCode", () => {
  it("keeps every character after the fixed prefix, in order, and only adds spaces", () => {
    expect(CODE).toHaveLength(74);
    const grouped = groupRecoveryCode(CODE);
    expect(grouped.replace(/ /g, "")).toBe(CODE.slice("AGE-SECRET-KEY-1".length));
    expect(shownRecoveryCode(CODE)).toBe(grouped.replace(/ /g, ""));
  });

  it("leaves out the prefix and splits the rest into groups of four to six characters", () => {
    const groups = groupRecoveryCode(CODE).split(" ");
    expect(groups.join("")).not.toContain("AGE");
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      expect(g.length).toBeGreaterThanOrEqual(4);
      expect(g.length).toBeLessThanOrEqual(6);
    }
  });

  it("gives the same groups for a code typed with other spacing", () => {
    const spaced = CODE.slice(0, 30) + "  \n " + CODE.slice(30);
    expect(groupRecoveryCode(spaced)).toBe(groupRecoveryCode(CODE));
  });
});
