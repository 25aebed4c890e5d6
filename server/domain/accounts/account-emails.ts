// The words of every account email, in one place.
import { renderEmail } from "@/server/mail/render-email";
import { appLink } from "@/server/mail/settings";
import { TOKEN_LIFETIME_MINUTES } from "./account-tokens";

const hours = (minutes: number) => (minutes >= 48 * 60 ? `${minutes / (24 * 60)} days` : minutes === 60 ? "1 hour" : `${minutes / 60} hours`);

export function passwordResetEmail(token: string) {
  const href = appLink(`/reset-password?token=${encodeURIComponent(token)}`);
  return {
    subject: "Choose a new Run Forward password",
    ...renderEmail({
      heading: "Choose a new password",
      paragraphs: ["Someone (we hope you) asked to reset the password of your Run Forward account."],
      action: { label: "Choose a new password", href },
      afterAction: [
        `The link works once, for ${hours(TOKEN_LIFETIME_MINUTES.password_reset)}. Setting a new password signs you out on every other device.`,
        "If you didn't ask, ignore this email: your password stays as it is.",
      ],
    }),
  };
}

export function verifyEmail(token: string) {
  const href = appLink(`/verify-email?token=${encodeURIComponent(token)}`);
  return {
    subject: "Confirm your email for Run Forward",
    ...renderEmail({
      heading: "Confirm your email address",
      paragraphs: ["Confirm this address so Run Forward can email you about your clubs, coaches and training."],
      action: { label: "Confirm my email", href },
      afterAction: [`The link works for ${hours(TOKEN_LIFETIME_MINUTES.verify_email)}. Until then we send only account emails here.`],
    }),
  };
}

/** To the owner of an address someone else tried to sign up with, or to move their own account to. */
export function signUpAttemptEmail(attempt: "sign-up" | "move" = "sign-up") {
  const tried = attempt === "sign-up" ? "create a Run Forward account with this email address" : "move their Run Forward account to this email address";
  return {
    subject: attempt === "sign-up" ? "Someone tried to sign up with your address" : "Someone tried to use your address on Run Forward",
    ...renderEmail({
      heading: "You already have an account",
      paragraphs: [
        `Someone tried to ${tried}, which already has an account. Nothing was changed.`,
        "If it was you, sign in instead. If you've forgotten your password, you can choose a new one.",
      ],
      action: { label: "Reset my password", href: appLink("/forgot-password") },
      afterAction: ["If it wasn't you, you can ignore this email: nothing has changed."],
    }),
  };
}

export function confirmNewEmail(token: string, newEmail: string) {
  const href = appLink(`/confirm-email?token=${encodeURIComponent(token)}`);
  return {
    subject: "Confirm your new email for Run Forward",
    ...renderEmail({
      heading: "Confirm your new email address",
      paragraphs: [`You asked to use ${newEmail} for your Run Forward account. Confirm it from here to make the change.`],
      action: { label: "Use this address", href },
      afterAction: [`The link works for ${hours(TOKEN_LIFETIME_MINUTES.change_email)}. Until you confirm, your old address stays in use.`],
    }),
  };
}

export function emailChangeRequestedNotice(newEmail: string) {
  return {
    subject: "Your Run Forward email is about to change",
    ...renderEmail({
      heading: "A change of email address was asked for",
      paragraphs: [
        `Someone signed in to your Run Forward account asked to move it to ${newEmail}. It changes only once that address confirms.`,
        "If this wasn't you, choose a new password now: that signs everyone else out.",
      ],
      action: { label: "Choose a new password", href: appLink("/forgot-password") },
    }),
  };
}

export function emailChangedNotice(newEmail: string) {
  return {
    subject: "Your Run Forward email was changed",
    ...renderEmail({
      heading: "Your email address was changed",
      paragraphs: [`Your Run Forward account now uses ${newEmail}. This address gets no more email from us.`, "If this wasn't you, someone else knows your password: tell whoever runs your club's Run Forward site."],
    }),
  };
}
