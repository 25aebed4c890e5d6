import { createHash } from "node:crypto";

// Fixed for this app: changing it would give every once-only notification a new id.
const NAMESPACE = Buffer.from("3b9f6c1e0d4a4e7b8f25c6a1d7e90b42", "hex");

/** A version-5 (name-based, RFC 9562) UUID: the same name always gives the same id. */
export function nameBasedId(name: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
