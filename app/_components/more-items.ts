/** The places under the bottom bar's "More" (their icons live with the menu, which loads on first use). */
export const MORE_ITEMS = [
  { href: "/goals", label: "Goals" },
  { href: "/history", label: "History" },
  { href: "/notifications", label: "Notifications" },
  { href: "/profile", label: "Profile" },
  { href: "/account", label: "Account" },
] as const;

export type MoreHref = (typeof MORE_ITEMS)[number]["href"];
