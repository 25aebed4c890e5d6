import { createTRPCRouter } from "@/server/trpc";

export const feedRouter = createTRPCRouter({});
