import { createTRPCRouter } from "@/server/trpc";

export const templatesRouter = createTRPCRouter({});
