/**
 * schema.org vocabulary shared by the JSON-LD and microdata sources, which read the same types
 * in two syntaxes.
 */

/** Points of contact have no name of their own: they belong to their owner. */
export const OWNED_TYPES = new Set(['ContactPoint', 'PostalAddress']);

/** Where a Person's organisation is given. */
export const EMPLOYER_PROPERTIES = ['worksFor', 'affiliation', 'memberOf'];
