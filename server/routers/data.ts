import { deleteAccount } from "@/server/domain/account-data/delete-account";
import { exportMyDataCsv, exportMyDataJson } from "@/server/domain/account-data/export-my-data";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc";
import { deleteAccountInput } from "./schemas/training";

const EXPORT_LIMIT = { limit: 20, windowSeconds: 3600 };

export const dataRouter = createTRPCRouter({
  exportJson: protectedProcedure.query(async ({ ctx }) => {
    await enforceRateLimit(ctx.db, `export:${ctx.user.id}`, EXPORT_LIMIT, "data exports");
    return exportMyDataJson(ctx.db, ctx.user.id);
  }),
  exportCsv: protectedProcedure.query(async ({ ctx }) => {
    await enforceRateLimit(ctx.db, `export:${ctx.user.id}`, EXPORT_LIMIT, "data exports");
    return exportMyDataCsv(ctx.db, ctx.user.id);
  }),
  deleteAccount: protectedProcedure.input(deleteAccountInput).mutation(({ ctx }) => deleteAccount(ctx.db, ctx.user.id)),
});
