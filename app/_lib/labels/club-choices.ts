// The club form's choices: a title and what it means (the form's own wording, which the e2e specs pick by). Apart
// from clubs.ts so the pages that only show a club's role or policy don't carry the hints.
import type { ClubPrivacy, JoinPolicy } from "@/contract/values";

export const CLUB_PRIVACY_CHOICES: Record<ClubPrivacy, { label: string; hint: string }> = {
  public: { label: "Public", hint: "Listed in Discover; anyone can see the club page." },
  private: { label: "Private", hint: "Unlisted; only members see inside." },
};
export const JOIN_POLICY_CHOICES: Record<JoinPolicy, { label: string; hint: string }> = {
  open: { label: "Open", hint: "Anyone can join at once." },
  approval: { label: "Request and approval", hint: "The owner or a coach approves each request." },
  invite: { label: "Invite only", hint: "Only through an invite link." },
};
