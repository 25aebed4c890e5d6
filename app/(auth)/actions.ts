"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { signIn, SignInLockedError, signOut } from "@/server/auth";
import { createRequestContext } from "@/server/context";
import { createCaller } from "@/server/routers/_app";
import { signInInput, signUpInput } from "@/contract/account";
import { safeCallbackUrl } from "../_components/safe-redirect";
import { refusalOf } from "@/app/_lib/server-call";

export type AuthFormState = {
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: { name?: string; email?: string };
  /** After sign-up: the address told to look for mail. The same whether or not it already had an account. */
  checkEmail?: string;
};

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<AuthFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (err) {
    // Success arrives as a redirect, which must be re-thrown.
    if (!(err instanceof AuthError)) throw err;
    if (err instanceof CredentialsSignin && err.code === "locked") {
      const message = err instanceof SignInLockedError ? err.userMessage : "Too many failed sign-ins. Please wait a few minutes and try again.";
      return { error: message, values: { email } };
    }
    return { error: "That email and password don't match an account. Check them and try again.", values: { email } };
  }
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = signInInput.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  return signInOrExplain(parsed.data.email, parsed.data.password, safeCallbackUrl(form.get("callbackUrl")));
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { name: form.get("name"), email: form.get("email"), password: form.get("password"), timeZone: form.get("timeZone") || undefined };
  const values = { name: String(raw.name ?? ""), email: String(raw.email ?? "") };
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  // No sign-in here: signing a new account straight in would tell anyone which addresses were free. Both cases answer
  // "check your inbox"; a new account signs in with its password, the existing owner is emailed instead.
  try {
    const api = createCaller(await createRequestContext(await headers()));
    const { checkEmail } = await api.account.signUp(parsed.data);
    return { checkEmail };
  } catch (err) {
    return { ...refusalOf(err), values };
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

/** After the account was deleted: the session ends on a page that says the deletion worked. */
export async function signOutAfterDeletionAction() {
  await signOut({ redirectTo: "/account-deleted" });
}
