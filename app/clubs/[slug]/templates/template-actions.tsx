"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "../../../_trpc/client";

/** Opens the new-template form filled from this one; nothing is saved until the coach saves that form. */
export function CopyTemplateButton({ templateId, slug, name }: { templateId: string; slug: string; name: string }) {
  return (
    <Link href={`/clubs/${slug}/templates/new?from=${encodeURIComponent(templateId)}`} className="btn-secondary" aria-label={`Copy and edit ${name}`}>
      Copy and edit
    </Link>
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
