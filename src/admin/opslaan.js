// What the editor saves, made to fit the schemas (the mapping itself is src/lib/cms/file-shape.ts, tested there):
// fields left empty are dropped from every content type before saving; an indicator is read into a shape the
// widgets can edit (its target as a choice) and written back as its file must be (null for a hidden figure);
// a new verandertheorie is named after the keten chosen in the editor, which the file itself leaves out.
/* global CMS */
import { emptyPaths, indicatorToEditor, indicatorToFile, missingName, withoutNameField } from './file-shape.js';

const asJson = (data) => `${JSON.stringify(data, null, 2)}\n`;

CMS.registerEventListener({
  name: 'preSave',
  // The entry's data is an Immutable map: remove what is empty in place, so lists stay lists for the editor.
  // An error here stops the save and is shown to the editor.
  handler: ({ entry }) => {
    const data = entry.get('data');
    const missing = missingName(entry.get('collection'), Boolean(entry.get('newRecord')), data.toJS());
    if (missing) throw new Error(missing);
    return emptyPaths(data.toJS()).reduce((d, path) => d.deleteIn(path), data);
  },
});

CMS.registerCustomFormat('indicator', 'json', {
  fromFile: (content) => indicatorToEditor(JSON.parse(content)),
  toFile: (data) => asJson(indicatorToFile(data)),
});

CMS.registerCustomFormat('verandertheorie', 'json', {
  fromFile: (content) => JSON.parse(content),
  toFile: (data) => asJson(withoutNameField('verandertheorie', data)),
});
