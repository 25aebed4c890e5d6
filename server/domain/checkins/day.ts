/** Today's calendar date ("YYYY-MM-DD") in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

const METRES_PER: Record<"km" | "mi", number> = { km: 1000, mi: 1609.344 };

export function toMetres(distance: number, unit: "km" | "mi"): number {
  return Math.round(distance * METRES_PER[unit]);
}

export function fromMetres(metres: number, unit: "km" | "mi"): number {
  return Math.round((metres / METRES_PER[unit]) * 100) / 100;
}
