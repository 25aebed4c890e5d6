// One place that re-exports every area's tables; drizzle-kit and the client read this.
export * from "./users";
export * from "./verdict";
export * from "./rate-limits";
export * from "./idempotency";
export * from "./clubs";
export * from "./notifications";
export * from "./training";
export * from "./checkins";
export * from "./audit";
export * from "./goals";
export * from "./blocks";
export * from "./threads";
export * from "./reach";
export * from "./live";
