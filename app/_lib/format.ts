/** A calendar day (yyyy-MM-dd) as "Mon 2 Mar", whatever the viewer's zone. */
export function formatDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
}
