import type { Db } from "@/db/client";
import { claimDelivery } from "@/server/domain/delivery/claim-delivery";
import { loadRecipients } from "@/server/domain/delivery/load-recipients";
import { channelEnabled, quietUntil } from "@/server/domain/delivery/preferences";
import { sendOut, type OutgoingMessage } from "@/server/domain/delivery/send-out";

/**
 * Sends each reminder once, on the channels its topic is switched on for. One read of the recipients; someone in
 * quiet hours is skipped this tick and found again by the next one. Each claim and its queued mail/push share a
 * transaction, so a failed send frees the claim and a doubled tick sends nothing more (onceKey is the claim's key).
 */
export async function remindOnce(db: Db, now: Date, reminders: OutgoingMessage[]): Promise<void> {
  const people = await loadRecipients(db, reminders.map((r) => r.userId));
  for (const msg of reminders) {
    const person = people.get(msg.userId);
    if (!person || quietUntil(person, now)) continue;
    const channels = { email: channelEnabled(person.overrides, msg.topic, "email"), push: channelEnabled(person.overrides, msg.topic, "push") };
    await db.transaction(async (tx) => {
      if (await claimDelivery(tx, msg.userId, msg.onceKey)) await sendOut(tx, msg, channels);
    });
  }
}
