// The feed's reactions, apart from the other labels: they carry lucide icons, which no other label needs.
import { BicepsFlexed, Handshake, PartyPopper, type LucideIcon } from "lucide-react";
import type { ReactionKind } from "@/contract/values";

/** Each reaction's name (its button's accessible name) and its lucide icon, drawn as SVG so it shows without an emoji font. */
export const REACTIONS: Record<ReactionKind, { label: string; Icon: LucideIcon }> = {
  cheer: { label: "Cheer", Icon: PartyPopper },
  been_there: { label: "Been there", Icon: Handshake },
  got_this: { label: "You've got this", Icon: BicepsFlexed },
};
