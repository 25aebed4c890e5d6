import type { Metadata } from "next";
import { getApi } from "@/server/caller";
import { EmailSection } from "./email-section";
import { GoalsSection } from "./goals-section";
import { NotificationPreferences } from "./notification-preferences";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { PushDevices } from "./push-devices";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ welcome?: string; password?: string }> }) {
  const api = await getApi();
  const [me, { welcome, password }] = await Promise.all([api.account.me(), searchParams]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="page-title">Your profile</h1>
        <p className="mt-1 text-stone-700">
          {welcome ? "Welcome aboard! Check your units and time zone so your days line up." : `Signed in as ${me.email}`}
        </p>
      </div>
      <ProfileForm initial={{ name: me.name, distanceUnit: me.distanceUnit, timeZone: me.timeZone }} timeZones={Intl.supportedValuesOf("timeZone")} />
      <EmailSection email={me.email} verified={me.emailVerifiedAt !== null} />
      <GoalsSection />
      <NotificationPreferences />
      <PushDevices />
      <section className="card space-y-4" aria-labelledby="security-heading">
        <h2 id="security-heading" className="text-lg font-semibold">Password and devices</h2>
        <PasswordForm changed={password === "changed"} />
        <hr className="border-stone-200" />
        <SignOutEverywhere />
      </section>
    </div>
  );
}
