// Sign-up, sign-in, the profile and account deletion. Zod only (no server code), so client forms validate with the
// same rules as the server.
import { z } from "zod";
import { DELETE_CONFIRMATION, PASSWORD_MIN } from "./limits";
import { DISTANCE_UNITS } from "./values";

const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address, like name@example.com").max(254, "Email is too long"));

// The one rule for a new password, at sign-up and when changing it.
export { PASSWORD_MIN, DELETE_CONFIRMATION };
const newPassword = z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`).max(200, "Keep the password under 200 characters");

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(80, "Keep your name under 80 characters"),
  email,
  password: newPassword,
  timeZone: z.string().max(64).optional(),
});
export type SignUpInput = z.output<typeof signUpInput>;

export const signInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(200),
});

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200, "That isn't your current password"),
    newPassword,
  })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from your current one" });
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

export const profileInput = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(80, "Keep your name under 80 characters"),
  distanceUnit: z.enum(DISTANCE_UNITS, "Choose km or mi"),
  timeZone: z.string().trim().min(1, "Choose a time zone").max(64, "Unknown time zone"),
});
export type ProfileInput = z.output<typeof profileInput>;

// Account links from email: the secret from the link, as it came.
const linkToken = z.string().trim().min(20, "This link isn't complete. Open it again from the email.").max(200, "This link isn't valid. Ask for a new one.");

export const forgotPasswordInput = z.object({ email });
export const resetPasswordInput = z.object({ token: linkToken, newPassword });
export type ResetPasswordInput = z.output<typeof resetPasswordInput>;
export const emailLinkInput = z.object({ token: linkToken });

export const changeEmailInput = z.object({
  newEmail: email,
  currentPassword: z.string().min(1, "Enter your current password").max(200, "That isn't your current password"),
});
export type ChangeEmailInput = z.output<typeof changeEmailInput>;

// The signed token of a one-click unsubscribe link (server/mail/unsubscribe-token.ts).
export const unsubscribeInput = z.object({ token: z.string().trim().min(1, "This link isn't complete.").max(300, "This link isn't valid.") });

export const deleteAccountInput = z.object({
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm`),
});
