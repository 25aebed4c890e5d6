import { createTRPCRouter } from "@/server/trpc";

export const checkinsRouter = createTRPCRouter({});
