"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "../../../_trpc/client";
import { messageOf } from "../../../_trpc/errors";
import { useSubmitOnce } from "../../../_trpc/use-submit-once";

export function CopyTemplateButton({ clubId, templateId, slug, name }: { clubId: string; templateId: string; slug: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const copy = useMutation(trpc.templates.copy.mutationOptions({ onSuccess: (t) => router.push(`/clubs/${slug}/templates/${t.id}`) }));
  const once = useSubmitOnce();
  return (
    <>
      <button
        type="button"
        className="btn-secondary"
        // Stays disabled after success too: the page is on its way to the copy.
        disabled={once.pending || copy.isSuccess}
        onClick={() => void once.run((idempotencyKey) => copy.mutateAsync({ clubId, templateId, idempotencyKey }))}
        aria-label={`Copy and edit ${name}`}
      >
        Copy and edit
      </button>
      {copy.isError ? <p role="alert" className="field-error">{messageOf(copy.error)}</p> : null}
    </>
  );
}

export function DeleteTemplateButton({ clubId, templateId, name }: { clubId: string; templateId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.templates.delete.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <ConfirmDialog
      trigger={<button type="button" className="btn-secondary text-red-800" aria-label={`Delete ${name}`}>Delete</button>}
      title={`Delete "${name}"?`}
      description="Blocks already assigned keep their days."
      confirmLabel="Delete template"
      pendingLabel="Deleting…"
      onConfirm={() => remove.mutateAsync({ clubId, templateId })}
    />
  );
}
