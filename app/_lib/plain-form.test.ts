import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazySchemaCheck } from "./plain-form";

const schema = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(5, "Too long"),
  minutes: z.number("Enter the minutes").int("Whole minutes").min(1, "At least 1"),
});
type Fields = { name: string; minutes: string };
const toInput = (f: Fields) => ({ ...f, minutes: f.minutes === "" ? Number.NaN : Number(f.minutes) });

describe("lazySchemaCheck", () => {
  it("answers the schema's output when the fields pass", async () => {
    const check = lazySchemaCheck<Fields, typeof schema>(async () => schema, toInput);
    await expect(check({ name: " Ann ", minutes: "30" })).resolves.toEqual({ ok: true, data: { name: "Ann", minutes: 30 } });
  });

  it("answers each field's first message, as the zod resolver did", async () => {
    const check = lazySchemaCheck<Fields, typeof schema>(async () => schema, toInput);
    await expect(check({ name: "  ", minutes: "" })).resolves.toEqual({ ok: false, errors: { name: "Tell us your name", minutes: "Enter the minutes" } });
    await expect(check({ name: "Ann", minutes: "0.5" })).resolves.toEqual({ ok: false, errors: { minutes: "Whole minutes" } });
  });

  it("loads the schema once, and again after a failed load", async () => {
    let loads = 0;
    const check = lazySchemaCheck<Fields, typeof schema>(async () => {
      loads++;
      if (loads === 1) throw new Error("offline");
      return schema;
    }, toInput);
    await expect(check({ name: "Ann", minutes: "1" })).rejects.toThrow("offline");
    await check({ name: "Ann", minutes: "1" });
    await check({ name: "Ann", minutes: "2" });
    expect(loads).toBe(2);
  });
});
