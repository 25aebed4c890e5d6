"use client";
import * as RadixTabs from "@radix-ui/react-tabs";
import { cn } from "@/app/_lib/cn";

// Radix gives tabs their roles, arrow-key movement and the panel each tab controls. This file only dresses them
// (shadcn/ui style): a segmented control that wraps rather than scrolling sideways on a narrow phone.

export const Tabs = RadixTabs.Root;

export function TabsList({ className, ...props }: RadixTabs.TabsListProps) {
  return <RadixTabs.List className={cn("flex flex-wrap gap-1 rounded-xl bg-stone-100 p-1", className)} {...props} />;
}

export function TabsTrigger({ className, ...props }: RadixTabs.TabsTriggerProps) {
  return (
    <RadixTabs.Trigger
      className={cn(
        "inline-flex min-h-11 flex-1 items-center justify-center gap-2 whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium text-stone-700",
        "hover:text-stone-900 data-[state=active]:bg-white data-[state=active]:text-stone-900 data-[state=active]:shadow-sm",
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({ className, ...props }: RadixTabs.TabsContentProps) {
  return <RadixTabs.Content className={cn("mt-4", className)} {...props} />;
}
