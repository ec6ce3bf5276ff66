import { describe, expect, it } from 'vitest';
import en from '../../../utils/extract/lexicon/en.json';
import kk from '../../../utils/extract/lexicon/kk.json';
import ru from '../../../utils/extract/lexicon/ru.json';
import { lexiconFor } from '../../../utils/extract/lexicon';
import { roleStem, stem } from '../../../utils/extract/morphology';

describe('lexicons', () => {
  it('give every language the same sections, so a rule never meets a missing list', () => {
    const keys = (o: object) => Object.keys(o).filter((k) => k !== 'about' && k !== 'suffixes' && k !== 'honorifics').sort();
    expect(keys(en)).toEqual(keys(ru));
    expect(keys(kk)).toEqual(keys(ru));
    expect(Object.keys(en.claims).sort()).toEqual(Object.keys(ru.claims).sort());
    expect(Object.keys(kk.claims).sort()).toEqual(Object.keys(ru.claims).sort());
  });

  it('match inflected forms of the words they list', () => {
    const ruLex = lexiconFor('ru');
    for (const form of ['заявил', 'заявила', 'заявили']) expect(ruLex.speechStems.has(stem(form, 'ru'))).toBe(true);
    for (const form of ['аким', 'акима', 'акиму', 'акимом']) expect(roleStem(form, 'ru', ruLex.roleEndings)).toBe('аким');
    expect(roleStem('акимата', 'ru', ruLex.roleEndings)).not.toBe('аким');
    expect(stem('әкімінің', 'kk')).toBe(stem('әкім', 'kk'));
    expect(roleStem('officers', 'en', [])).not.toBe(roleStem('office', 'en', []));
  });
});
