import { createTRPCRouter } from "@/server/trpc";

export const groupRunsRouter = createTRPCRouter({});
