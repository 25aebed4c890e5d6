"use client";
import { useRouter } from "next/navigation";
import { useMineEvents } from "@/app/_live/mine-stream";
import { useDebounced } from "@/app/_live/use-debounced";

/**
 * Today is rendered on the server: when a coach assigns, changes or ends the runner's block (or a day is marked
 * elsewhere), it is rendered again in place, keeping what is typed in its forms.
 */
export function LiveToday() {
  const router = useRouter();
  const refresh = useDebounced(() => router.refresh(), 300);
  useMineEvents({ onEvent: (e) => (e.kind === "block" || e.kind === "day" ? refresh() : undefined), onResync: refresh });
  return null;
}
