import { z } from "zod";
import { batchIdInput, batchListInput, importReadingsInput, previewReadingsInput, startArchiveInput } from "@/contract/imports";
import { getImportProgress } from "@/server/domain/imports/batch-view";
import { deleteImportBatch } from "@/server/domain/imports/delete-import-batch";
import { getImportSummary } from "@/server/domain/imports/get-import-summary";
import { importArchive } from "@/server/domain/imports/import-archive";
import { importReadings } from "@/server/domain/imports/import-readings";
import { listImportBatches } from "@/server/domain/imports/list-import-batches";
import { previewReadings } from "@/server/domain/imports/readings-csv";
import { startArchiveImport } from "@/server/domain/imports/start-archive-import";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedCreateProcedure, protectedProcedure } from "@/server/trpc";

/** A stream only a server-side caller can pass (the upload route hands over the request body); JSON never matches. */
const uploadInput = batchIdInput.extend({
  archive: z.custom<AsyncIterable<Uint8Array>>(
    (v) => typeof v === "object" && v !== null && Symbol.asyncIterator in v,
    "Send the archive as the request body",
  ),
});

export const importsRouter = createTRPCRouter({
  startArchive: protectedCreateProcedure.input(startArchiveInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `archive-import:${ctx.user.id}`, { limit: 10, windowSeconds: 3600 }, "archive imports");
    return startArchiveImport(ctx.db, ctx.user.id, input);
  }),
  uploadArchive: protectedProcedure
    .input(uploadInput)
    .mutation(({ ctx, input }) => importArchive(ctx.db, { userId: ctx.user.id, batchId: input.id, body: input.archive })),
  progress: protectedProcedure.input(batchIdInput).query(({ ctx, input }) => getImportProgress(ctx.db, ctx.user.id, input.id)),
  summary: protectedProcedure.input(batchIdInput).query(({ ctx, input }) => getImportSummary(ctx.db, ctx.user.id, input.id)),
  list: protectedProcedure.input(batchListInput).query(({ ctx, input }) => listImportBatches(ctx.db, ctx.user.id, input)),
  delete: protectedProcedure.input(batchIdInput).mutation(({ ctx, input }) => deleteImportBatch(ctx.db, ctx.user.id, input.id)),
  // A mutation only because the file rides in the body; it writes nothing.
  previewReadings: protectedProcedure.input(previewReadingsInput).mutation(({ input }) => previewReadings(input.content)),
  importReadings: protectedCreateProcedure.input(importReadingsInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `readings-import:${ctx.user.id}`, { limit: 30, windowSeconds: 3600 }, "readings imports");
    return importReadings(ctx.db, ctx.user.id, input);
  }),
});
