/** The load line's colour, shared by the chart and its legend (the legend renders before the chart loads). */
export const LOAD_LINE = "#44403c";
