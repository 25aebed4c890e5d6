import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names, letting a later Tailwind class win over an earlier one of the same kind (px-2 then px-4). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
