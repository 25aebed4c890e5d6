import { createTRPCRouter } from "@/server/trpc";

export const clubsRouter = createTRPCRouter({});
