import { createTRPCRouter } from "@/server/trpc";

export const dataRouter = createTRPCRouter({});
