export type VerdictKey = "push" | "steady" | "hold_back" | "reset";
export type ReactionKey = "cheer" | "been_there" | "got_this";

export const VERDICTS: Record<VerdictKey, { label: string; tone: string; advice: string; color: string }> = {
  push: { label: "Push", tone: "bg-emerald-100 text-emerald-900 ring-emerald-300", advice: "Extend today: the body is ready.", color: "#059669" },
  steady: { label: "Steady", tone: "bg-sky-100 text-sky-900 ring-sky-300", advice: "Run the plan as written.", color: "#0284c7" },
  hold_back: { label: "Hold back", tone: "bg-amber-100 text-amber-900 ring-amber-300", advice: "Go easy or shorter today.", color: "#d97706" },
  reset: { label: "Reset", tone: "bg-violet-100 text-violet-900 ring-violet-300", advice: "Step back now. Your coach can plan a reset phase with you.", color: "#7c3aed" },
};

export const REACTIONS: Record<ReactionKey, { label: string; emoji: string }> = {
  cheer: { label: "Cheer", emoji: "👏" },
  been_there: { label: "Been there", emoji: "🤝" },
  got_this: { label: "You've got this", emoji: "💪" },
};

export const BURNOUT_MESSAGE =
  "Several days of feeling like this is a signal, not a weakness. It isn't something to push through: take it gently, and let your coach help you plan a reset.";

export function formatDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
}
