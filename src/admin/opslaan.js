// What the editor saves, made to fit the schemas (the mapping itself is src/lib/cms/file-shape.ts, tested there):
// fields left empty are dropped from every content type before saving, and an indicator is read into a shape
// the widgets can edit (its target as a choice) and written back as its file must be (null for a hidden figure).
/* global CMS */
import { emptyPaths, indicatorToEditor, indicatorToFile } from './file-shape.js';

CMS.registerEventListener({
  name: 'preSave',
  // The entry's data is an Immutable map: remove what is empty in place, so lists stay lists for the editor.
  handler: ({ entry }) => emptyPaths(entry.get('data').toJS()).reduce((data, path) => data.deleteIn(path), entry.get('data')),
});

CMS.registerCustomFormat('indicator', 'json', {
  fromFile: (content) => indicatorToEditor(JSON.parse(content)),
  toFile: (data) => `${JSON.stringify(indicatorToFile(data), null, 2)}\n`,
});
