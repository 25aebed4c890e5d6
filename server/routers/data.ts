import { deleteAccount } from "@/server/domain/account-data/delete-account";
import { exportMyDataCsv, exportMyDataJson } from "@/server/domain/account-data/export-my-data";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc";
import { deleteAccountInput } from "@/contract/account";

const EXPORT_LIMIT = { limit: 20, windowSeconds: 3600 };

/** Both export formats share one per-user budget. */
const exportProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  await enforceRateLimit(ctx.db, `export:${ctx.user.id}`, EXPORT_LIMIT, "data exports");
  return next();
});

export const dataRouter = createTRPCRouter({
  exportJson: exportProcedure.query(({ ctx }) => exportMyDataJson(ctx.db, ctx.user.id)),
  exportCsv: exportProcedure.query(({ ctx }) => exportMyDataCsv(ctx.db, ctx.user.id)),
  deleteAccount: protectedProcedure.input(deleteAccountInput).mutation(({ ctx }) => deleteAccount(ctx.db, ctx.user.id)),
});
