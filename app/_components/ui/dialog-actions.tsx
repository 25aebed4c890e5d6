/** The row of buttons at the foot of a dialog: stacked full width on a phone (the main action nearest the thumb). */
export function DialogActions({ children }: { children: React.ReactNode }) {
  return <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">{children}</div>;
}
