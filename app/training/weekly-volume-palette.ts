/**
 * The load line's colour, shared by the chart and its legend (the legend renders before the chart loads). A theme
 * variable (stone-700), so dark mode turns it light like the text around it.
 */
export const LOAD_LINE = "var(--color-stone-700)";
