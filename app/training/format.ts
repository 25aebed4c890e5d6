// Temporary: race-form.tsx (being edited elsewhere) still imports these from here at HEAD. The formats live in
// app/_lib/format.ts and blankToNull in ./number-field; delete this file once race-form.tsx's import has moved.
export { localToday, parseRaceTime } from "@/app/_lib/format";
export { blankToNull } from "./number-field";
export type { DistanceUnit as Unit } from "@/contract/values";
