import { deleteTemplate } from "@/server/domain/templates/delete-template";
import { getTemplate } from "@/server/domain/templates/get-template";
import { listTemplates } from "@/server/domain/templates/list-templates";
import { draftTemplateCopy } from "@/server/domain/templates/draft-template-copy";
import { createTemplate, updateTemplate } from "@/server/domain/templates/save-template";
import { clubCoachCreateProcedure, clubCoachProcedure, createTRPCRouter } from "@/server/trpc";
import { createTemplateInput, listTemplatesInput, templateByIdInput, updateTemplateInput } from "@/contract/templates";

export const templatesRouter = createTRPCRouter({
  list: clubCoachProcedure.input(listTemplatesInput).query(({ ctx }) => listTemplates(ctx.db, ctx.club.id)),
  byId: clubCoachProcedure
    .input(templateByIdInput)
    .query(({ ctx, input }) => getTemplate(ctx.db, { clubId: ctx.club.id, idOrKey: input.templateId })),
  create: clubCoachCreateProcedure
    .input(createTemplateInput)
    .mutation(({ ctx, input: { clubId: _clubId, ...fields } }) => createTemplate(ctx.db, { clubId: ctx.club.id, userId: ctx.user.id, input: fields })),
  update: clubCoachProcedure
    .input(updateTemplateInput)
    .mutation(({ ctx, input: { clubId: _clubId, templateId, ...fields } }) =>
      updateTemplate(ctx.db, { clubId: ctx.club.id, templateId, input: fields })),
  /** The form's starting values for "Copy and edit"; saving them goes through create. */
  copyDraft: clubCoachProcedure
    .input(templateByIdInput)
    .query(({ ctx, input }) => draftTemplateCopy(ctx.db, { clubId: ctx.club.id, templateId: input.templateId })),
  delete: clubCoachProcedure
    .input(templateByIdInput)
    .mutation(({ ctx, input }) => deleteTemplate(ctx.db, { clubId: ctx.club.id, templateId: input.templateId })),
});
