import { z } from "zod";
import { getClubBySlug } from "@/server/domain/clubs/get-club";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";

export const clubsRouter = createTRPCRouter({
  /** Public clubs for anyone; private clubs only for their members (else NOT_FOUND). */
  bySlug: publicProcedure
    .input(z.object({ slug: z.string().trim().min(1).max(60) }))
    .query(({ ctx, input }) => getClubBySlug(ctx.db, input.slug, ctx.user?.id ?? null)),
});
