import { z } from "zod";
import { INVITE_LIMITS } from "@/contract/limits";

// The invite form's own shape (text inputs), loaded with its first validation (invite-links.tsx); converted to the
// API's numbers on submit.
export const inviteFormSchema = z.object({
  label: z.string().trim().max(INVITE_LIMITS.label, `Keep the label under ${INVITE_LIMITS.label} characters`),
  expiresInDays: z.enum(["", "1", "7", "30", "90"]),
  maxUses: z
    .string()
    .trim()
    .regex(/^\d*$/, "Use a whole number, or leave it empty for no limit")
    .refine((v) => v === "" || (Number(v) >= 1 && Number(v) <= 10_000), "Between 1 and 10,000 uses"),
});
export type InviteFormValues = z.infer<typeof inviteFormSchema>;
