"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/server/auth";
import { createRequestContext } from "@/server/context";
import { createCaller } from "@/server/routers/_app";
import { changePasswordInput } from "@/contract/account";
import { refusalOf } from "@/app/_lib/server-call";

export type PasswordFormState = {
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The password changed but this device could not be signed in again. */
  signInAgain?: boolean;
};

/**
 * Changes the password through the account router (which also revokes every session, this one included), then signs
 * this device in again with the new password: a fresh cookie at the new session version. A server action, because
 * only here can the response set that cookie; it ends in a redirect because Next renders the redirect's target with
 * the new cookie, whereas an in-place re-render would still read the old, now revoked one.
 */
export async function changePasswordAction(_prev: PasswordFormState, form: FormData): Promise<PasswordFormState> {
  const parsed = changePasswordInput.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let email: string;
  try {
    const api = createCaller(await createRequestContext(await headers()));
    ({ email } = await api.account.changePassword(parsed.data));
  } catch (err) {
    return refusalOf(err);
  }
  try {
    await signIn("credentials", { email, password: parsed.data.newPassword, redirect: false });
  } catch (err) {
    if (!(err instanceof AuthError)) throw err;
    // The password did change; only the fresh cookie failed (say, sign-ins for this email are briefly locked).
    return { signInAgain: true, error: "Your password was changed and every device signed out. Please sign in again with your new password." };
  }
  redirect("/profile?password=changed");
}
