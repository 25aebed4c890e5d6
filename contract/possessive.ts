// Text the app and the server both write from a name: "Sam’s", "Riverside Runners’".

/** A name's possessive with a typographic apostrophe; names ending in s take the apostrophe alone. */
export function possessive(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return "";
  if (/['’]s$/i.test(trimmed)) return trimmed;
  return /s$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}’s`;
}
