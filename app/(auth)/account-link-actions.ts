"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createRequestContext } from "@/server/context";
import { createCaller } from "@/server/routers/_app";
import { emailLinkInput, forgotPasswordInput, resetPasswordInput } from "@/contract/account";
import { refusalOf } from "@/app/_lib/server-call";

export type LinkFormState = {
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Set once the request went through: the address the form told the user to check. */
  sentTo?: string;
  values?: { email?: string };
};

async function api() {
  return createCaller(await createRequestContext(await headers()));
}

/** The same answer whether or not the address has an account. */
export async function forgotPasswordAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  const email = String(form.get("email") ?? "");
  const parsed = forgotPasswordInput.safeParse({ email });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  try {
    const { checkEmail } = await (await api()).account.requestPasswordReset(parsed.data);
    return { sentTo: checkEmail };
  } catch (err) {
    return { ...refusalOf(err), values: { email } };
  }
}

export async function resetPasswordAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  const parsed = resetPasswordInput.safeParse({ token: form.get("token"), newPassword: form.get("newPassword") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await (await api()).account.resetPassword(parsed.data);
  } catch (err) {
    return refusalOf(err);
  }
  // Every session was signed out, this browser's too: sign in with the new password.
  redirect("/signin?reset=1");
}

/** Confirms an address from a link: a button press, not the page load, since mail scanners open every link. */
export async function confirmLinkAction(_prev: LinkFormState, form: FormData): Promise<LinkFormState> {
  const kind = form.get("kind") === "change" ? "change" : "verify";
  const parsed = emailLinkInput.safeParse({ token: form.get("token") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const caller = await api();
    const { email } = kind === "change" ? await caller.account.confirmEmailChange(parsed.data) : await caller.account.verifyEmail(parsed.data);
    return { sentTo: email };
  } catch (err) {
    return refusalOf(err);
  }
}
