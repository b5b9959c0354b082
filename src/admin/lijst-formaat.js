// bronnen.json and organisaties.json are one list of entries. The editor edits an object, so this format
// reads the list as { lijst: [...] } and writes the list back as it was: two-space JSON and a final newline.
/* global CMS */
CMS.registerCustomFormat('lijst', 'json', {
  fromFile: (content) => ({ lijst: JSON.parse(content) }),
  toFile: (data) => `${JSON.stringify(data.lijst ?? [], null, 2)}\n`,
});
