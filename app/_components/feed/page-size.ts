/** Posts per feed page: the page's first one is read on the server, the rest by the list as it scrolls. */
export const FEED_PAGE = 20;
