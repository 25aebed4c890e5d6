import { ROLE_LABELS } from "@/app/_lib/labels/clubs";
import type { MemberRole } from "@/contract/values";

export function RoleBadge({ role }: { role: MemberRole }) {
  const tone = role === "owner" ? "bg-brand-700 text-white" : role === "coach" ? "bg-brand-100 text-brand-900" : "bg-stone-100 text-stone-700";
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{ROLE_LABELS[role]}</span>;
}
