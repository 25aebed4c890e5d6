import { v5 as uuidv5 } from "uuid";

// Fixed for this app: changing it would give every once-only notification a new id.
const NAMESPACE = "3b9f6c1e-0d4a-4e7b-8f25-c6a1d7e90b42";

/** A version-5 (name-based) UUID: the same name always gives the same id. */
export function nameBasedId(name: string): string {
  return uuidv5(name, NAMESPACE);
}
