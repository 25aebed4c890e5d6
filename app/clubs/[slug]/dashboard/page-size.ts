/** Athletes per triage page: the first page of "everyone" is read on the server with the HTML, the rest by the list. */
export const TRIAGE_PAGE = 25;
