"use client";
import { CalendarPlus, Check, Copy } from "lucide-react";
import { useState } from "react";

/** Copy the calendar link, or hand it to the device's calendar app through webcal:// (the same feed, subscribed). */
export function CalendarUrlActions({ url }: { url: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const webcal = url.replace(/^https?:\/\//, "webcal://");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // No clipboard (an insecure origin, or permission refused): the field above is selectable instead.
      setCopied("failed");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn-secondary inline-flex items-center gap-2" onClick={() => void copy()}>
        {copied === "yes" ? <Check aria-hidden="true" className="h-4 w-4" /> : <Copy aria-hidden="true" className="h-4 w-4" />}
        Copy link
      </button>
      <a href={webcal} className="btn-secondary inline-flex items-center gap-2">
        <CalendarPlus aria-hidden="true" className="h-4 w-4" />
        Open in your calendar app
      </a>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {copied === "yes" ? "Copied" : copied === "failed" ? "Couldn't copy: select the link and copy it yourself." : ""}
      </p>
    </div>
  );
}
