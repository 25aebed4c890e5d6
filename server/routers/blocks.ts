import { createTRPCRouter } from "@/server/trpc";

export const blocksRouter = createTRPCRouter({});
