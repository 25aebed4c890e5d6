// An avatar's colour, derived from the person's id so it is the same on every page and every visit, and differs
// between most clubmates. Each tone carries white initials at WCAG AA (4.5:1 or more, proved by avatar-color.test.ts
// from Tailwind's own colour values). Identity colours, not verdicts: none of these is read as push/steady/hold/reset.

export type AvatarTone = { bg: string; text: string };

export const AVATAR_TONES: readonly AvatarTone[] = [
  { bg: "bg-red-700", text: "text-white" },
  { bg: "bg-orange-800", text: "text-white" },
  { bg: "bg-amber-800", text: "text-white" },
  { bg: "bg-emerald-800", text: "text-white" },
  { bg: "bg-teal-700", text: "text-white" },
  { bg: "bg-cyan-800", text: "text-white" },
  { bg: "bg-blue-700", text: "text-white" },
  { bg: "bg-indigo-700", text: "text-white" },
  { bg: "bg-fuchsia-700", text: "text-white" },
  { bg: "bg-rose-700", text: "text-white" },
];

/** FNV-1a over the id's UTF-16 code units: tiny, stable across machines and runs, and well spread for uuids. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The tone for this person: always the same one for the same id. */
export function avatarTone(id: string): AvatarTone {
  return AVATAR_TONES[hashId(id) % AVATAR_TONES.length]!;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const firstGrapheme = (word: string) => segmenter.segment(word)[Symbol.iterator]().next().value?.segment;

/** One or two initials from a display name: first and last words' first letters, whole graphemes (so "Émile Ørsted" is "ÉØ"). */
export function initialsOf(name: string): string {
  // Leading punctuation is skipped ("(Jo)" gives J); a word of only emoji or symbols adds nothing.
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => firstGrapheme(w.replace(/^[^\p{L}\p{N}]+/u, "")))
    .filter((g): g is string => g !== undefined && /^[\p{L}\p{N}]/u.test(g));
  if (words.length === 0) return "";
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words.at(-1)!];
  return picked.map((g) => g.toLocaleUpperCase()).join("");
}
