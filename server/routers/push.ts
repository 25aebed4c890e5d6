import { pushDeviceIdInput, pushEndpointInput, pushSubscribeInput } from "@/contract/push";
import { listDevices } from "@/server/push/list-devices";
import { removeDevice, removeSubscription } from "@/server/push/remove-subscription";
import { saveSubscription } from "@/server/push/save-subscription";
import { vapid } from "@/server/push/vapid";
import { createTRPCRouter, protectedCreateProcedure, protectedProcedure } from "@/server/trpc";

export const pushRouter = createTRPCRouter({
  /** The application server key a browser subscribes with. */
  publicKey: protectedProcedure.query(() => ({ publicKey: vapid().publicKey })),
  /** This browser's subscription; the same endpoint again updates it (and moves it to the caller). */
  subscribe: protectedCreateProcedure
    .input(pushSubscribeInput)
    .mutation(({ ctx, input: { endpoint, keys, label } }) => saveSubscription(ctx.db, { userId: ctx.user.id, input: { endpoint, keys, label } })),
  unsubscribe: protectedProcedure
    .input(pushEndpointInput)
    .mutation(({ ctx, input }) => removeSubscription(ctx.db, { userId: ctx.user.id, endpoint: input.endpoint })),
  devices: protectedProcedure.query(({ ctx }) => listDevices(ctx.db, ctx.user.id)),
  removeDevice: protectedProcedure
    .input(pushDeviceIdInput)
    .mutation(({ ctx, input }) => removeDevice(ctx.db, { userId: ctx.user.id, deviceId: input.id })),
});
