import { describe, expect, it } from 'vitest';
import { importNoteText } from '../../../../shared/drawio/reportText';
import { createI18n } from '../../../../shared/i18n';
import { shapeModules } from '../../../../shared/shapes/registry';

describe('the import report in words', () => {
  it('names every Verkstad shape a draw.io shape can become in each language, the value-stream shapes too', () => {
    for (const lang of ['sv', 'nb', 'en'] as const) {
      const { t } = createI18n(lang);
      for (const module of shapeModules) {
        const text = importNoteText(t, { kind: 'mapped', from: 'mxgraph.lean_mapping.x', to: module.type, count: 2 });
        expect(text, `${lang}: ${module.type}`).toMatch(/^2 × lean_mapping\.x → \S/);
        expect(text, `${lang}: ${module.type}`).not.toMatch(/canvas\.shapes|vsm\.shapes|→ vsm[A-Z]/);
      }
    }
    expect(importNoteText(createI18n('sv').t, { kind: 'mapped', from: 'mxgraph.lean_mapping.kaizen_lightening_burst', to: 'vsmKaizenBurst', count: 1 })).toBe('1 × lean_mapping.kaizen_lightening_burst → Kaizen-blixt');
  });
});
