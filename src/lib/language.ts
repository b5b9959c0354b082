/** The language of the site and of all it writes (BCP 47): the html lang of every page, the search index, citations. */
export const SITE_LANGUAGE = 'nl';
