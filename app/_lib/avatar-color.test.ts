import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AVATAR_TONES, avatarTone, hashId, initialsOf } from "./avatar-color";

// Contrast is computed from the colours Tailwind actually ships (its theme.css, oklch), not from numbers copied here.
const themeCss = readFileSync(createRequire(import.meta.url).resolve("tailwindcss/theme.css"), "utf8");

function themeColour(utility: string): [number, number, number] {
  const name = utility.replace(/^(bg|text)-/, "");
  if (name === "white") return [1, 1, 1];
  const match = new RegExp(`--color-${name}:\\s*oklch\\(([\\d.]+)% ([\\d.]+) ([\\d.]+)\\)`).exec(themeCss);
  if (!match) throw new Error(`no Tailwind colour ${name}`);
  return oklchToLinearSrgb(Number(match[1]) / 100, Number(match[2]), Number(match[3]));
}

// OKLCH -> OKLab -> linear sRGB (Björn Ottosson's matrices), clamped to the gamut as a browser does.
function oklchToLinearSrgb(l: number, c: number, hDeg: number): [number, number, number] {
  const h = (hDeg * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [
    clamp(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    clamp(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    clamp(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
  ];
}

// WCAG relative luminance takes linear channels; clamping above happens in linear space, close enough to gamma space
// for in-gamut -700/-800 tones.
const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
function contrast(fg: string, bg: string): number {
  const [hi, lo] = [luminance(themeColour(fg)), luminance(themeColour(bg))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("avatar colours", () => {
  it("give every tone's initials at least 4.5:1 against its background", () => {
    for (const tone of AVATAR_TONES) expect(contrast(tone.text, tone.bg), `${tone.text} on ${tone.bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it("offers about ten distinct backgrounds", () => {
    expect(new Set(AVATAR_TONES.map((t) => t.bg)).size).toBe(AVATAR_TONES.length);
    expect(AVATAR_TONES.length).toBeGreaterThanOrEqual(8);
  });

  it("gives the same person the same colour every time, from a hash that doesn't depend on the machine", () => {
    const id = "8f14e45f-ceea-467f-a0e6-5e1b1c6f3d2a";
    expect(avatarTone(id)).toBe(avatarTone(`${id}`.slice(0)));
    // FNV-1a of "a" is a published test vector: a different hash (and so other colours after a change) would show here.
    expect(hashId("a")).toBe(0xe40c292c);
    expect(hashId("")).toBe(0x811c9dc5);
  });

  it("spreads people across all tones, none holding more than twice its share", () => {
    const counts = new Map<string, number>();
    const people = 5000;
    for (let i = 0; i < people; i++) {
      const tone = avatarTone(randomUUID());
      counts.set(tone.bg, (counts.get(tone.bg) ?? 0) + 1);
    }
    const share = people / AVATAR_TONES.length;
    expect(counts.size).toBe(AVATAR_TONES.length);
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(share / 2);
      expect(n).toBeLessThan(share * 2);
    }
  });
});

describe("initials", () => {
  it.each([
    ["Ria Patel", "RP"],
    ["Mary Ann de la Cruz", "MC"],
    ["ria", "R"],
    ["  Sam   Lee  ", "SL"],
    ["Émile Ørsted", "ÉØ"],
    ["Ōtani Shō", "ŌS"],
    ["김 민준", "김민"],
    ["Zoë (coach)", "ZC"],
    ["🏃 Jo", "J"],
    ["e\u0301lise", "E\u0301"], // a decomposed accent stays with its letter
    ["", ""],
    ["🏃‍♀️", ""],
  ])("%j gives %j", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
