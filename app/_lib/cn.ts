import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names (clsx). No conflict merging (tailwind-merge cost every page ~9 KB): a caller never passes two
 * classes for the same property, so each component splits its classes into parts that don't overlap.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
