import { describe, expect, it } from "vitest";
import { possessive } from "./format";

describe("possessive", () => {
  it("adds ’s to a name not ending in s", () => {
    expect(possessive("Sam")).toBe("Sam’s");
    expect(possessive("Casey Coach")).toBe("Casey Coach’s");
  });

  it("adds only the apostrophe after a final s or S", () => {
    expect(possessive("Riverside Runners")).toBe("Riverside Runners’");
    expect(possessive("JAMES")).toBe("JAMES’");
  });

  it("leaves a name already in the possessive alone", () => {
    expect(possessive("Lee’s")).toBe("Lee’s");
    expect(possessive("Lee's")).toBe("Lee's");
  });

  it("gives nothing for an empty or blank name, and trims the rest", () => {
    expect(possessive("")).toBe("");
    expect(possessive("   ")).toBe("");
    expect(possessive(" Ria ")).toBe("Ria’s");
  });
});
