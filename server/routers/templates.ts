import { copyTemplate, createTemplate, deleteTemplate, getTemplate, updateTemplate } from "@/server/domain/templates/save-template";
import { listTemplates } from "@/server/domain/templates/list-templates";
import { clubCoachCreateProcedure, clubCoachProcedure, createTRPCRouter } from "@/server/trpc";
import { createTemplateInput, listTemplatesInput, templateByIdInput, updateTemplateInput } from "./schemas/blocks";

export const templatesRouter = createTRPCRouter({
  list: clubCoachProcedure.input(listTemplatesInput).query(({ ctx, input }) => listTemplates(ctx.db, input.clubId)),
  byId: clubCoachProcedure.input(templateByIdInput).query(({ ctx, input }) => getTemplate(ctx.db, input.clubId, input.templateId)),
  create: clubCoachCreateProcedure
    .input(createTemplateInput)
    .mutation(({ ctx, input: { clubId, ...fields } }) => createTemplate(ctx.db, clubId, ctx.user.id, fields)),
  update: clubCoachProcedure
    .input(updateTemplateInput)
    .mutation(({ ctx, input: { clubId, templateId, ...fields } }) => updateTemplate(ctx.db, clubId, templateId, fields)),
  copy: clubCoachCreateProcedure.input(templateByIdInput).mutation(({ ctx, input }) => copyTemplate(ctx.db, input.clubId, ctx.user.id, input.templateId)),
  delete: clubCoachProcedure.input(templateByIdInput).mutation(({ ctx, input }) => deleteTemplate(ctx.db, input.clubId, input.templateId)),
});
