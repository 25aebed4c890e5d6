import { createTRPCRouter } from "@/server/trpc";

export const goalsRouter = createTRPCRouter({});
