import { createTRPCRouter } from "@/server/trpc";

export const trainingRouter = createTRPCRouter({});
