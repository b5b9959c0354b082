/** Ids become file names, URLs and anchors: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id a name or number would have: "Mantelzorg Thuis.md" → "mantelzorg-thuis-md", "2.10" → "2-10". */
export const toSlug = (name: string) =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
