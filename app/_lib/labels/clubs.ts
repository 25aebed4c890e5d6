// Clubs: roles, who can join and see a club, group-run answers and invite links.
import type { InviteState, JoinPolicy, MemberRole, RsvpStatus } from "@/contract/values";

export const ROLE_LABELS: Record<MemberRole, string> = { owner: "Owner", coach: "Coach", member: "Member" };
export const JOIN_POLICY_LABELS: Record<JoinPolicy, string> = { open: "Open to all", approval: "Join on approval", invite: "Invite only" };
export const RSVP_LABELS: Record<RsvpStatus, string> = { going: "Going", maybe: "Maybe", not_going: "Not going" };
export const INVITE_STATE_LABELS: Record<InviteState, string> = { valid: "Active", revoked: "Revoked", expired: "Expired", used_up: "Used up" };
