"use client";
import { lazy, Suspense, useId, useRef, useState } from "react";
import { cn } from "@/app/_lib/cn";
import { ImportTrack } from "../import-track";

// The Import page's three kinds of file as tabs (the WAI-ARIA tabs pattern, as Radix Tabs drew them before: arrow
// keys, Home and End move between tabs and select the one they reach; Tab goes to the open panel). Written out
// here rather than with Radix Tabs (~8 KB compressed with its roving focus and collection), and the two tabs that
// start closed load their forms when first opened, or when the pointer or focus reaches their tab.
const loadArchive = () => import("./archive-import");
const loadReadings = () => import("./readings-import");
const ArchiveImport = lazy(() => loadArchive().then((m) => ({ default: m.ArchiveImport })));
const ReadingsImport = lazy(() => loadReadings().then((m) => ({ default: m.ReadingsImport })));

type Kind = "file" | "archive" | "readings";

const TABS: { value: Kind; label: string; preload?: () => Promise<unknown> }[] = [
  { value: "file", label: "One run" },
  { value: "archive", label: "Whole archive", preload: loadArchive },
  { value: "readings", label: "Heart rate", preload: loadReadings },
];

function Loading() {
  return <p role="status" className="text-sm text-stone-600">Loading the form…</p>;
}

export function ImportTabs() {
  const id = useId();
  const [open, setOpen] = useState<Kind>("file");
  const tabs = useRef(new Map<Kind, HTMLButtonElement>());
  const triggerId = (kind: Kind) => `${id}-trigger-${kind}`;
  const panelId = (kind: Kind) => `${id}-content-${kind}`;
  const preload = (kind: Kind) => void TABS.find((t) => t.value === kind)?.preload?.().catch(() => undefined);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.value === open);
    const next =
      event.key === "ArrowRight" ? (at + 1) % TABS.length
      : event.key === "ArrowLeft" ? (at - 1 + TABS.length) % TABS.length
      : event.key === "Home" ? 0
      : event.key === "End" ? TABS.length - 1
      : null;
    const kind = next === null ? undefined : TABS[next]?.value;
    if (!kind) return;
    event.preventDefault();
    setOpen(kind);
    tabs.current.get(kind)?.focus();
  };

  const panel = (kind: Kind, children: React.ReactNode) => {
    const active = open === kind;
    return (
      <div
        role="tabpanel"
        id={panelId(kind)}
        aria-labelledby={triggerId(kind)}
        data-state={active ? "active" : "inactive"}
        hidden={!active}
        tabIndex={0}
        className="card mt-4"
      >
        {active ? children : null}
      </div>
    );
  };

  return (
    <div dir="ltr">
      <div role="tablist" aria-label="What to import" aria-orientation="horizontal" className="flex flex-wrap gap-1 rounded-xl bg-stone-100 p-1" onKeyDown={onKeyDown}>
        {TABS.map(({ value, label }) => {
          const active = open === value;
          return (
            <button
              key={value}
              ref={(el) => {
                if (el) tabs.current.set(value, el);
                else tabs.current.delete(value);
              }}
              type="button"
              role="tab"
              id={triggerId(value)}
              aria-selected={active}
              aria-controls={panelId(value)}
              data-state={active ? "active" : "inactive"}
              tabIndex={active ? 0 : -1}
              className={cn(
                "inline-flex min-h-11 flex-1 items-center justify-center gap-2 whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium text-stone-700",
                "hover:text-stone-900 data-[state=active]:bg-white data-[state=active]:text-stone-900 data-[state=active]:shadow-sm",
              )}
              onPointerEnter={() => preload(value)}
              onFocus={() => preload(value)}
              onClick={() => setOpen(value)}
            >
              {label}
            </button>
          );
        })}
      </div>
      {panel(
        "file",
        <>
          <h2 className="mb-3 text-lg font-semibold">Import from your watch</h2>
          <ImportTrack />
        </>,
      )}
      {panel(
        "archive",
        <>
          <h2 className="mb-3 text-lg font-semibold">A whole export archive</h2>
          <Suspense fallback={<Loading />}>
            <ArchiveImport />
          </Suspense>
        </>,
      )}
      {panel(
        "readings",
        <>
          <h2 className="mb-1 text-lg font-semibold">Resting heart rate and HRV</h2>
          <p className="mb-3 text-sm text-stone-600">These fill your own resting heart rate baseline. They never count as a check-in.</p>
          <Suspense fallback={<Loading />}>
            <ReadingsImport />
          </Suspense>
        </>,
      )}
    </div>
  );
}
