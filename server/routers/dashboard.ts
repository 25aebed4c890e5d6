import { createTRPCRouter } from "@/server/trpc";

export const dashboardRouter = createTRPCRouter({});
