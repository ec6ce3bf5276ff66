import { describe, expect, it } from 'vitest';
import en from '../../../utils/extract/lexicon/en.json';
import kk from '../../../utils/extract/lexicon/kk.json';
import other from '../../../utils/extract/lexicon/other.json';
import ru from '../../../utils/extract/lexicon/ru.json';
import { grammarFor } from '../../../utils/extract/grammar';
import { lexiconFor } from '../../../utils/extract/lexicon';
import { roleStem, stem } from '../../../utils/extract/morphology';

describe('lexicons', () => {
  it('give every language the same sections, so a rule never meets a missing list', () => {
    const keys = (o: object) => Object.keys(o).filter((k) => k !== 'about' && k !== 'suffixes' && k !== 'honorifics').sort();
    expect(keys(en)).toEqual(keys(ru));
    expect(keys(kk)).toEqual(keys(ru));
    expect(keys(other)).toEqual(keys(ru));
    for (const lex of [en, kk, other]) expect(Object.keys(lex.grammar).sort()).toEqual(Object.keys(ru.grammar).sort());
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

  it('compile their grammar: patterns that match the forms they describe', () => {
    const g = grammarFor('ru');
    expect(g.infinitiveEnding?.test('представить')).toBe(true);
    expect(g.genitiveBefore?.test('По словам ')).toBe(true);
    // A noun asks for its owner only right before the name, and not as the end of a phrase of a preposition.
    expect(g.genitiveBefore?.test('Депутаты обсудили заявление ')).toBe(true);
    expect(g.genitiveBefore?.test('Заявление сделала ')).toBe(false);
    expect(g.genitiveBefore?.test('В ответ ')).toBe(false);
    expect(g.nameRoleLink.test(', бывший ')).toBe(true);
    expect(g.roleNominative.get(roleStem('пресс-службе', 'ru', lexiconFor('ru').roleEndings))).toBe('пресс-служба');
    expect(grammarFor('en').nameRoleLink.test(' has been the ')).toBe(true);
    expect(grammarFor('kk').clauseObjectEnding?.test('екенін')).toBe(true);
    expect(grammarFor('other').claims.done).toBeNull();
  });
});
