// The app's words for each value list (contract/values.ts), one small module per domain in app/_lib/labels/, so a
// page carries only its own domain's words (a client chunk takes a module whole). Each map is typed
// Record<Type, …>, so a value without a label fails typecheck. Labels the server writes too come from
// contract/labels.ts. This file only re-exports them for the import sites not yet moved to a domain module: import
// from "@/app/_lib/labels/<domain>" instead, since importing this one brings every domain's words to the page.
export * from "./labels/blocks";
export * from "./labels/checkin";
export * from "./labels/club-choices";
export * from "./labels/clubs";
export * from "./labels/dashboard";
export * from "./labels/goals";
export * from "./labels/imports";
export * from "./labels/notifications";
export * from "./labels/phases";
export * from "./labels/reactions";
export * from "./labels/training";
export * from "./labels/verdicts";
