"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "../../../_trpc/client";
import { messageOf } from "../../../_trpc/errors";

export function CopyTemplateButton({ clubId, templateId, slug, name }: { clubId: string; templateId: string; slug: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const copy = useMutation(trpc.templates.copy.mutationOptions({ onSuccess: (t) => router.push(`/clubs/${slug}/templates/${t.id}`) }));
  return (
    <>
      <button type="button" className="btn-secondary" disabled={copy.isPending} onClick={() => copy.mutate({ clubId, templateId })} aria-label={`Copy and edit ${name}`}>
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
    <button
      type="button"
      className="btn-secondary text-red-800"
      disabled={remove.isPending}
      aria-label={`Delete ${name}`}
      onClick={() => {
        if (window.confirm(`Delete "${name}"? Blocks already assigned keep their days.`)) remove.mutate({ clubId, templateId });
      }}
    >
      Delete
    </button>
  );
}
