/** "4:30, 5:00," → ["4:30", "5:00"]: the pace groups a run form's text names. */
export function splitPaces(text: string): string[] {
  return text.split(",").map((p) => p.trim()).filter(Boolean);
}
