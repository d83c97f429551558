import { defineRule } from '../src/engine/rule.js';
import { describeForeignDocument, detectDocument } from '../src/model/detect.js';
import { NATIVE_SECTIONS } from '../src/model/native.js';

export default defineRule({
  id: 'unknown-document',
  family: 'general',
  defaultSeverity: 'warning',
  summary: 'A file named on the command line holds a document gwlint does not recognise as gateway configuration.',
  check({ unknownDocuments, report }) {
    for (const document of unknownDocuments) {
      const where = document.index > 0 ? `Document ${document.index + 1} of this file` : 'This document';
      const foreign = describeForeignDocument(detectDocument(document.root));
      const what = foreign
        ? `is ${foreign}`
        : `is not gateway configuration gwlint understands (expected a mapping with ${NATIVE_SECTIONS.map((s) => `'${s}'`).join(', ')})`;
      report({
        // The first key shows which document it is without underlining all of it.
        span: document.root.kind === 'map' && document.root.size > 0 ? document.root.pairs[0]!.key : document.root,
        message: `${where} ${what}, so nothing in it was checked.`,
      });
    }
  },
});
