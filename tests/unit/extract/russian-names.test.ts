import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grammarFor } from '../../../utils/extract/grammar';
import { declensions, nominativeOf, surnameForms, type GrammaticalCase } from '../../../utils/extract/russian-names';
import { extractTexts, ROOT } from './helpers';

// Names made up for these tests or taken from no fixture page: the rules must hold for names they never saw.
const surnameShape = grammarFor('ru').surnameEnding;
const read = (name: string, c?: GrammaticalCase) => nominativeOf(name, { surnameShape, ...(c ? { case: c } : {}) });

describe('Russian names through lvovich', () => {
  it('declines a name into its six cases, Kazakh names written in Cyrillic too', () => {
    expect(declensions('Касым-Жомарт', 'first', 'male')).toEqual(['Касым-Жомарт', 'Касыма-Жомарта', 'Касыму-Жомарту', 'Касыма-Жомарта', 'Касымом-Жомартом', 'Касыме-Жомарте']);
    expect(declensions('Смаилова', 'last', 'female')).toEqual(['Смаилова', 'Смаиловой', 'Смаиловой', 'Смаилову', 'Смаиловой', 'Смаиловой']);
    expect(declensions('Дуйсенбаев', 'last', 'male')).toEqual(['Дуйсенбаев', 'Дуйсенбаева', 'Дуйсенбаеву', 'Дуйсенбаева', 'Дуйсенбаевым', 'Дуйсенбаеве']);
    // Indeclinable: a surname in -енко, a woman's surname ending in a consonant.
    expect(new Set(declensions('Шевченко', 'last', 'male'))).toEqual(new Set(['Шевченко']));
    expect(new Set(declensions('Мельник', 'last', 'female'))).toEqual(new Set(['Мельник']));
  });

  it('gives back the nominative of women’s names in -ова, -ева, -ина, -ская from any oblique case', () => {
    expect(read('Марией Захаровой')).toBe('Мария Захарова');
    expect(read('Юлии Дуйсенбаевой')).toBe('Юлия Дуйсенбаева');
    expect(read('Светланой Карпиной')).toBe('Светлана Карпина');
    expect(read('Ольги Ковальской')).toBe('Ольга Ковальская');
    expect(read('Ольгу Ковальскую')).toBe('Ольга Ковальская');
    expect(read('Пугачевой')).toBe('Пугачева');
  });

  it('reads Kazakh given names, declined or not', () => {
    expect(read('Айгерим Нурпеисовой')).toBe('Айгерим Нурпеисова');
    expect(read('Сауле Смаиловой')).toBe('Сауле Смаилова');
    expect(read('Жанар Айтжановой')).toBe('Жанар Айтжанова');
    expect(read('Бауыржаном Касеновым')).toBe('Бауыржан Касенов');
    expect(read('Данияру Кенжебаеву')).toBe('Данияр Кенжебаев');
    expect(read('Айдосом Укибаем')).toBe('Айдос Укибай');
    expect(read('Касыма-Жомарта Токаева', 'genitive')).toBe('Касым-Жомарт Токаев');
  });

  it('keeps a name already in the nominative, and asks the context when a genitive looks like one', () => {
    for (const name of ['Нурлан Ногаев', 'Айгуль Смаилова', 'Жанар Айтжанова', 'Тарас Шевченко', 'Иван Мельник', 'Игорь Ковальский']) expect(read(name)).toBe(name);
    // A man's genitive is a woman's nominative: "по словам" decides.
    expect(read('Ерлана Дуйсенбаева', 'genitive')).toBe('Ерлан Дуйсенбаев');
    expect(read('Тараса Шевченко', 'genitive')).toBe('Тарас Шевченко');
    expect(read('Анны Мельник', 'genitive')).toBe('Анна Мельник');
    expect(read('Сергея Викторовича Лаврова', 'genitive')).toBe('Сергей Викторович Лавров');
  });

  it('reads a lone surname in a case no nominative has', () => {
    expect(read('Токаеву')).toBe('Токаев');
    expect(read('Дуйсенбаевым')).toBe('Дуйсенбаев');
    expect(read('Укибаю')).toBe('Укибай');
    expect(read('Игоря Ковальского')).toBe('Игорь Ковальский');
  });

  it('knows every case form of a surname from any one of them', () => {
    expect(surnameForms('Ковальского')).toEqual(expect.arrayContaining(['ковальский', 'ковальскому', 'ковальским', 'ковальском']));
    expect(surnameForms('Смаиловой')).toEqual(expect.arrayContaining(['смаилова', 'смаилову']));
    expect(surnameForms('Укибая')).toEqual(expect.arrayContaining(['укибай', 'укибаем', 'укибаю']));
    expect(surnameForms('Шевченко')).toEqual(['шевченко']);
  });
});

describe('speakers named first in an oblique case', () => {
  it('names a woman met in the instrumental by her nominative, and knows her surname alone', () => {
    const r = extractTexts([
      'Встреча с Айгуль Бекмухановой прошла в акимате Павлодара.',
      '«Пенсии проиндексируют с первого января», — заявила Бекмуханова журналистам.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айгуль Бекмуханова']);
    expect(r.speakers).toHaveLength(1);
  });

  it('names a man first seen in the genitive, and keeps one speaker for every case of his surname', () => {
    const r = extractTexts([
      'По словам Ерлана Дуйсенбаева, тарифы на воду вырастут в июле.',
      '«Рост не превысит пяти процентов», — добавил Дуйсенбаев.',
      'Дуйсенбаеву задали вопрос о субсидиях. Дуйсенбаев также подчеркнул, что льготы сохранятся.',
    ]);
    expect(new Set(r.quotes.map((q) => q.speaker))).toEqual(new Set(['Ерлан Дуйсенбаев']));
    expect(r.speakers).toHaveLength(1);
    // Every case of the surname alone is one mention, written in the nominative.
    expect(r.speakers[0]!.mentions.filter((m) => !m.includes(' '))).toEqual(['Дуйсенбаев']);
  });

  it('knows a lone -ский surname after its full name in the dative', () => {
    const r = extractTexts([
      'Слово предоставили Игорю Ковальскому, директору департамента транспорта.',
      'Ковальский также подчеркнул, что новые автобусы выйдут на линии в марте.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Игорь Ковальский']]);
  });

  it('reads an indeclinable surname by the given name beside it', () => {
    const r = extractTexts(['По словам Тараса Шевченко, мост откроют к осени.', '«Подрядчик уже выбран», — сказал Шевченко.']);
    expect(new Set(r.quotes.map((q) => q.speaker))).toEqual(new Set(['Тарас Шевченко']));
  });

  it('reads a man’s genitive by the noun or the role it hangs on, with no other mention to settle his gender', () => {
    const speakerOf = (paragraphs: string[]) => extractTexts(paragraphs).quotes.map((q) => q.speaker);
    // A noun that asks for its owner, opening the sentence or right before the name.
    expect(speakerOf(['Слова Бекзата Нуржанова подтвердили в министерстве транспорта.', '«Трасса откроется в мае», — уточнил он.'])).toEqual(['Бекзат Нуржанов']);
    expect(speakerOf(['Депутаты раскритиковали предложение Тимура Абенова о платных парковках.', '«Парковки окупятся за два года», — настаивал он.'])).toEqual(['Тимур Абенов']);
    // A role in the genitive beside the name: the name is in the genitive too.
    expect(speakerOf(['Журналисты дождались выступления вице-министра Данияра Касымова.', '«Субсидии фермерам сохранятся до конца года», — сказал он.'])).toEqual(['Данияр Касымов']);
  });

  it('keeps a woman’s nominative where the words before her do not ask for a genitive', () => {
    const speakerOf = (paragraphs: string[]) => extractTexts(paragraphs).quotes.map((q) => q.speaker);
    // Beside the adviser, not the president; the subject after an object or a phrase that ends before her.
    expect(speakerOf(['Советник акима Дана Ахметова выступила на форуме.', '«Рынок переедет осенью», — сказала она.'])).toEqual(['Дана Ахметова']);
    expect(speakerOf(['Позицию министра поддержала Дана Ахметова.', '«Рынок переедет осенью», — сказала она.'])).toEqual(['Дана Ахметова']);
    expect(speakerOf(['В ответ Дана Ахметова напомнила о льготах.', '«Рынок переедет осенью», — сказала она.'])).toEqual(['Дана Ахметова']);
  });

  it('takes the gender of the other mentions when a genitive could be a woman’s nominative', () => {
    const r = extractTexts([
      'Указ подписан рукой Касыма-Жомарта Токаева в пятницу вечером.',
      '«Мы не отступим от курса реформ», — сказал Токаев на встрече с депутатами.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Касым-Жомарт Токаев']);
    expect(r.speakers[0]!.mentions).toEqual(expect.arrayContaining(['Токаев']));
  });
});

describe('the content script', () => {
  it('never loads lvovich: no module it (or the annotator it loads) imports reaches the name declension', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from '(?:lvovich|\.\/russian-names)/);
      for (const [, spec] of source.matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+|@\/[^']+)';/gm)) {
        const base = spec!.startsWith('@/') ? resolve(ROOT, spec!.slice(2)) : resolve(dirname(file), spec!);
        const imported = [base, base + '.ts', base + '.tsx', base + '/index.ts'].find((f) => /\.tsx?$/.test(f) && existsSync(f));
        if (imported) visit(imported);
      }
    };
    for (const entry of ['entrypoints/news.content.ts', 'entrypoints/annotator.ts', 'utils/extract/snapshot.ts', 'utils/extract/quick-check.ts', 'utils/extract/detect.ts']) visit(resolve(ROOT, entry));
    expect(seen.size).toBeGreaterThan(20);
  });
});
