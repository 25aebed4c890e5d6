import { createTRPCRouter } from "@/server/trpc";

export const invitesRouter = createTRPCRouter({});
