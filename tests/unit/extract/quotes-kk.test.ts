import { describe, expect, it } from 'vitest';
import { extractTexts } from './helpers';

describe('Kazakh quotes', () => {
  it('reads a dash quote closed by деді', () => {
    const r = extractTexts([
      'Қала әкімі Бақыт Сәрсенов жиында сөйледі.',
      '– Биыл қалада жеті жаңа мектеп салынады, – деді Бақыт Сәрсенов.',
    ]);
    expect(r.language).toBe('kk');
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['direct', 'Биыл қалада жеті жаңа мектеп салынады', 'Бақыт Сәрсенов', 'деді']]);
  });

  it('reads «…» деп атап өтті with the speaker before the marks', () => {
    const r = extractTexts(['Министр Дәурен Ахметов «жалақы келесі жылы он пайызға өседі» деп атап өтті.']);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.text).toBe('жалақы келесі жылы он пайызға өседі');
    expect(q.speaker).toBe('Дәурен Ахметов');
    expect(q.cue).toBe('деп атап өтті');
  });

  it('reads reported speech ending in an accusative verb form before the cue', () => {
    const r = extractTexts(['Депутат Серік Омаров жол жөндеу жұмыстары қыркүйекте аяқталатынын мәлімдеді.']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'жол жөндеу жұмыстары қыркүйекте аяқталатынын', 'Серік Омаров']]);
  });

  it('reads reported speech after a company named in quotation marks, and a name followed by a place', () => {
    const r = extractTexts([
      '«Қазгидромет» кәсіпорнының өкілі Айгүл Серікова Алматы облысында аяз күшейетінін айтты.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Айгүл Серікова']]);
  });

  it('names a person first written in the ablative ("Серік Омаровтан … сұрады") in the nominative', () => {
    const r = extractTexts([
      'Министр шаруашылық басшысы Ерлан Сапаровтан биылғы жоспары жөнінде сұрады.',
      'Сапаров шаруашылықта 45 адам жұмыс істейтінін айтты.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Сапаров']);
  });
});

describe('Kazakh: names, programmes and bodies', () => {
  it('ends a name of two before a place in the locative ("Асан Серікбаев Ақордада Ауыл шаруашылығы министрін")', () => {
    const r = extractTexts([
      'Мемлекет басшысы Асан Серікбаев Ақордада Ауыл шаруашылығы министрі Ерлан Сапаровты қабылдады.',
      '«Егін егу науқанына дайындық уақтылы аяқталуы тиіс», – деді Мемлекет басшысы.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Асан Серікбаев']]);
  });

  it('reads a programme\'s name in quotation marks before its noun as no quotation', () => {
    const r = extractTexts([
      'Министр Ерлан Сапаров сондай-ақ «Жасыл ел – 2030» ұлттық жобасының барысына тоқталды.',
    ]);
    expect(r.quotes).toEqual([]);
  });

  it('gives "Оның айтуынша" to the person whose role opens the paragraph, not to the one spoken to', () => {
    const r = extractTexts([
      'Мемлекет басшысы Асан Серікбаев Энергетика министрі Ерлан Сапаровты қабылдады.',
      'Министр Президентке салаға қатысты ахуал туралы баяндады. Оның айтуынша, биыл 12 жылу орталығы жөнделеді.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Ерлан Сапаров']]);
  });

  it('gives a figure "according to" an agency to the agency', () => {
    const r = extractTexts([
      'Қаржылық мониторинг агенттігінің мәліметінше, биыл 40 заңсыз қаржы пирамидасы анықталды.',
    ]);
    expect(r.quotes.map((q) => q.kind)).toEqual(['indirect']);
    expect(r.quotes[0]!.speaker).not.toBeNull();
  });
});

describe('Kazakh: places named after people', () => {
  it('reads "Абай облысының", "Абай ауданының" and "Абай атындағы театрда" as places, not as a speaker', () => {
    const r = extractTexts([
      'Абай облысының әкімі Ерлан Жақыпбеков Семейдегі Абай атындағы театрда тұрғындарға есеп берді.',
      '– Біздің ауылда үш жылдан бері ауызсу жоқ. Бұл мәселе қашан шешіледі? – деп сұрады Абай ауданының тұрғыны Серік Қасымов.',
      '– Су құбырын жөндеу жұмыстары сәуірде басталады, – деп жауап берді Ерлан Жақыпбеков.',
    ]);
    expect(r.speakers.map((s) => s.name)).not.toContain('Абай');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Серік Қасымов', 'Ерлан Жақыпбеков']);
  });
});

describe('Kazakh: the head of an agency, a chief doctor, the writer\'s asides', () => {
  it('gives "ведомство басшысы" to the minister and "бас дәрігер" to the chief doctor named before', () => {
    const r = extractTexts([
      'Денсаулық сақтау министрі Ләззат Сағындықова облыстық ауруханаға барды.',
      'Сапар барысында ведомство басшысы ауруханаға биыл 1,2 млрд теңгенің жабдығы сатып алынғанын айтты.',
      '– Үш айда 214 науқасқа стент қойылды, – деді аурухананың бас дәрігері Ерлан Төлегенов.',
      '– Бізге ең үлкен қиындық – кадр мәселесі, – деп қынжылды бас дәрігер.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ләззат Сағындықова', 'Ерлан Төлегенов', 'Ерлан Төлегенов']);
  });

  it('reads "Айта кетейік, «…» ұлттық жобасы …" as the writer\'s aside naming a programme', () => {
    const r = extractTexts([
      'Айта кетейік, «Ауылдық денсаулық сақтауды жаңғырту» ұлттық жобасы 2022 жылдан бері жүзеге асып келеді.',
    ]);
    expect(r.quotes).toEqual([]);
  });
});
