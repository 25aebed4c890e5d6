import { createTRPCRouter } from "@/server/trpc";

export const notificationsRouter = createTRPCRouter({});
