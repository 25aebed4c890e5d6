"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { createRequestContext } from "@/server/context";
import { createCaller } from "@/server/routers/_app";
import { changeEmailInput } from "@/contract/account";
import { refusalOf } from "@/app/_lib/server-call";

export type EmailFormState = { error?: string; fieldErrors?: Record<string, string[] | undefined>; sentTo?: string; values?: { newEmail?: string } };

async function api() {
  return createCaller(await createRequestContext(await headers()));
}

export async function changeEmailAction(_prev: EmailFormState, form: FormData): Promise<EmailFormState> {
  const newEmail = String(form.get("newEmail") ?? "");
  const parsed = changeEmailInput.safeParse({ newEmail, currentPassword: form.get("currentPassword") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { newEmail } };
  try {
    const { checkEmail } = await (await api()).account.requestEmailChange(parsed.data);
    return { sentTo: checkEmail };
  } catch (err) {
    return { ...refusalOf(err), values: { newEmail } };
  }
}

export async function resendVerificationAction(_prev: EmailFormState): Promise<EmailFormState> {
  try {
    const result = await (await api()).account.resendVerification();
    return result.alreadyVerified ? { error: "Your address is already confirmed." } : { sentTo: result.email };
  } catch (err) {
    return refusalOf(err);
  }
}
