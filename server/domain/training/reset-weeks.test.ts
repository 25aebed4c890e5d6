import { describe, expect, it } from "vitest";
import { weeksCoveredBy } from "./reset-weeks";

// 2026-11-02 and 2026-11-09 are Mondays.
describe("weeksCoveredBy", () => {
  it.each([
    { label: "a whole week", blocks: [{ startDate: "2026-11-02", endDate: "2026-11-08" }], expected: ["2026-11-02"] },
    { label: "4 days (boundary), then 3", blocks: [{ startDate: "2026-11-05", endDate: "2026-11-11" }], expected: ["2026-11-02"] },
    { label: "3 days is not most of a week", blocks: [{ startDate: "2026-11-06", endDate: "2026-11-11" }], expected: [] },
    { label: "two weeks", blocks: [{ startDate: "2026-11-02", endDate: "2026-11-15" }], expected: ["2026-11-02", "2026-11-09"] },
    {
      label: "two short blocks adding up",
      blocks: [
        { startDate: "2026-11-02", endDate: "2026-11-03" },
        { startDate: "2026-11-06", endDate: "2026-11-07" },
      ],
      expected: ["2026-11-02"],
    },
    { label: "no blocks", blocks: [], expected: [] },
  ])("$label", ({ blocks, expected }) => {
    expect([...weeksCoveredBy(blocks, "2026-11-02", "2026-11-15")].sort()).toEqual(expected);
  });
});
