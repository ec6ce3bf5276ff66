import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../utils/extract';
import { detectLanguage } from '../../../utils/extract/language';
import { extractTexts, snapshotOf } from './helpers';

const quotesOf = (r: ReturnType<typeof extractStatements>) => r.quotes.map((q) => [q.kind, q.text, q.speaker, q.cue]);

describe('language of a page', () => {
  it('reads Kazakh-spelled names in a Russian text as names, not as Kazakh', () => {
    const text =
      'Аким области Ерқанат Қалдыбеков и его заместитель Ғабит Сыздықбеков провели совещание с фермерами. Сыздықбеков напомнил, что Қалдыбеков поручил закупить семена заранее, и Ғабит Сыздықбеков сам проверил склады.';
    expect(detectLanguage(text, null)).toBe('ru');
    expect(detectLanguage(text, 'kk')).toBe('ru');
  });

  it('tells Russian, Kazakh and English apart by their words', () => {
    expect(detectLanguage('Министр сообщил, что в этом году в регионе построят три школы и две больницы.', null)).toBe('ru');
    expect(detectLanguage('Министр биыл өңірде үш мектеп пен екі аурухана салынатынын айтты.', null)).toBe('kk');
    expect(detectLanguage('The minister said three schools and two hospitals would be built in the region this year.', null)).toBe('en');
  });

  it('calls languages it has no lexicon for other, Latin or Cyrillic', () => {
    expect(detectLanguage('Der Minister sagte, dass in diesem Jahr drei Schulen und zwei Krankenhäuser gebaut werden.', null)).toBe('other');
    expect(detectLanguage('Le ministre a déclaré que trois écoles et deux hôpitaux seront construits cette année.', null)).toBe('other');
    expect(detectLanguage('Міністр заявив, що цього року в області збудують три школи і дві лікарні, а також відремонтують дороги.', null)).toBe('other');
  });

  it('takes the declared language only when the text says nothing', () => {
    expect(detectLanguage('Astana Almaty Shymkent', 'en')).toBe('en');
    expect(detectLanguage('Astana Almaty Shymkent', 'de')).toBe('other');
    expect(detectLanguage('Астана Алматы Шымкент', 'kk')).toBe('kk');
    expect(detectLanguage('The minister said the plan would be ready in May.', 'de')).toBe('en');
  });
});

describe('a Russian article with Kazakh-spelled names', () => {
  it('keeps the Russian cues: the cue is cut from the quote and reported speech is found', () => {
    const r = extractTexts([
      'В Таразе прошло совещание по подготовке к посевной. Его провел заместитель акима области Ғабит Сыздықбеков, на совещании выступил и фермер Әлібек Тұрсынбаев.',
      '- Семена для посевной закуплены полностью, горючее фермеры получат по сниженной цене, - сказал Сыздықбеков.',
      'Тұрсынбаев сообщил, что в прошлом году топливо для техники поступило с опозданием на месяц.',
    ]);
    expect(r.language).toBe('ru');
    expect(quotesOf(r)).toEqual([
      ['direct', 'Семена для посевной закуплены полностью, горючее фермеры получат по сниженной цене', 'Ғабит Сыздықбеков', 'сказал'],
      ['indirect', 'в прошлом году топливо для техники поступило с опозданием на месяц', 'Әлібек Тұрсынбаев', 'сообщил'],
    ]);
  });
});

describe('a page that mixes Russian and Kazakh', () => {
  const russian = [
    'Аким Кызылорды Бауыржан Нұрмағанбетов в среду встретился с родителями учеников школы, где занятия идут в три смены. Часть выступлений мы приводим на казахском языке.',
    '- Три новые школы на 3 600 мест мы откроем до сентября 2027 года, участки уже выделены, - сказал Нұрмағанбетов.',
    'Строительство первой школы должно начаться в апреле, подрядчика определят по итогам конкурса, который завершится в марте.',
  ];
  const kazakh = [
    'Қала әкімі Бауыржан Нұрмағанбетов ата-аналардың сұрақтарына мемлекеттік тілде жауап берді.',
    '– Биыл мектеп жанында екі қабатты модульдік ғимарат салынады, ол 400 оқушыны қабылдайды, – деді Бауыржан Нұрмағанбетов.',
    'Әкімнің айтуынша, ғимараттың құрылысына жергілікті бюджеттен 1,8 миллиард теңге бөлінді.',
  ];

  it('reads Kazakh paragraphs of a Russian page with the Kazakh cues', () => {
    const r = extractStatements(snapshotOf([...russian, ...kazakh]));
    expect(r.language).toBe('ru');
    expect(quotesOf(r)).toEqual([
      ['direct', 'Три новые школы на 3 600 мест мы откроем до сентября 2027 года, участки уже выделены', 'Бауыржан Нұрмағанбетов', 'сказал'],
      ['direct', 'Биыл мектеп жанында екі қабатты модульдік ғимарат салынады, ол 400 оқушыны қабылдайды', 'Бауыржан Нұрмағанбетов', 'деді'],
      ['indirect', 'ғимараттың құрылысына жергілікті бюджеттен 1,8 миллиард теңге бөлінді', 'Бауыржан Нұрмағанбетов', 'айтуынша'],
    ]);
    // One person, named in both languages: one speaker.
    expect(r.speakers.map((s) => s.name)).toEqual(['Бауыржан Нұрмағанбетов']);
    expect(new Set(r.quotes.map((q) => q.speakerId)).size).toBe(1);
  });

  it('reads a Russian paragraph of a Kazakh page with the Russian cues', () => {
    const r = extractStatements(snapshotOf([...kazakh, kazakh[0]!.replace('жауап берді', 'жауап беріп, ата-аналарды тыныштандыруға тырысты'), russian[1]!]));
    expect(r.language).toBe('kk');
    const q = r.quotes.find((x) => x.cue === 'сказал');
    expect(q?.text).toBe('Три новые школы на 3 600 мест мы откроем до сентября 2027 года, участки уже выделены');
    expect(q?.speaker).toBe('Бауыржан Нұрмағанбетов');
  });

  it('keeps Russian speech quoted in a Kazakh frame with the Kazakh cue', () => {
    const r = extractTexts([
      'Білім министрі Дәурен Ахметов бүгін облыс әкімдігінде өткен жиында сөйледі. Жиынға аудан әкімдері мен мектеп директорлары қатысты.',
      '«В этом году мы построим 20 школ и 5 больниц, а также отремонтируем дороги во всех районах», – деді министр Дәурен Ахметов.',
    ]);
    expect(r.language).toBe('kk');
    expect(quotesOf(r)).toEqual([['direct', 'В этом году мы построим 20 школ и 5 больниц, а также отремонтируем дороги во всех районах', 'Дәурен Ахметов', 'деді']]);
  });

  it('reads an English paragraph of a Russian page with the English cues', () => {
    const r = extractTexts([
      'Министр энергетики Алмасадам Саткалиев провел брифинг для иностранных журналистов. Вопросы задавали на английском и русском языках.',
      '"We will not raise the gas tariffs for households this year," Satkaliyev told reporters in Astana.',
    ]);
    expect(r.language).toBe('ru');
    const q = r.quotes.find((x) => x.cue === 'told');
    expect(q?.text).toBe('We will not raise the gas tariffs for households this year');
  });
});

describe('a language with no lexicon', () => {
  const german = [
    'Die Finanzministerin Amara Okafor hat am Montag den Entwurf für den Haushalt des kommenden Jahres vorgestellt. Er sieht Ausgaben von 480 Milliarden Euro vor.',
    '„Wir werden die Schuldenbremse einhalten, auch wenn das schwer wird“, sagte Okafor in Berlin. Die Opposition kritisierte den Plan scharf.',
    'Der Verein „Bürger für solide Finanzen“ begrüßte den Entwurf. Ein Sprecher sagte, the minister said nothing, and told us that this was fine.',
    '„Das ist kein Haushalt für die Zukunft“, heißt es aus der Fraktion der Grünen.',
  ];

  it('finds only the quotes in quotation marks, and says the language is other', () => {
    const r = extractStatements(snapshotOf(german));
    expect(r.language).toBe('other');
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'Wir werden die Schuldenbremse einhalten, auch wenn das schwer wird'],
      ['direct', 'Das ist kein Haushalt für die Zukunft'],
    ]);
  });

  it('names a speaker only where the text names one beside the quote', () => {
    const r = extractStatements(snapshotOf(german));
    // "Okafor" is the surname of Amara Okafor, named in full before; "aus der Fraktion" names nobody.
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Amara Okafor', null]);
    expect(r.speakers.map((s) => s.name)).toEqual(['Amara Okafor']);
  });

  it('guesses no speaker from a surname the text never gives in full', () => {
    const r = extractStatements(snapshotOf([
      'Die Stadt plant neue Radwege und eine bessere Anbindung der Vororte an das Zentrum. Die Kosten liegen bei etwa zwölf Millionen Euro, wie die Verwaltung mitteilte.',
      '„Wir bauen zuerst dort, wo die meisten Unfälle passieren“, sagte Okafor.',
      'Die Sitzung dauerte mehrere Stunden, und es wurden auch andere Themen besprochen, darunter die Sanierung der Schulen und der Nahverkehr.',
    ]));
    expect(r.language).toBe('other');
    expect(quotesOf(r)).toEqual([['direct', 'Wir bauen zuerst dort, wo die meisten Unfälle passieren', null, null]]);
  });

  it('reads reported speech by a cue and a speaker the page’s own quotes give, and by nothing else', () => {
    const r = extractStatements(
      snapshotOf([
        'Der Gemeinderat hat am Dienstag über den neuen Busfahrplan für die Innenstadt beraten. Die Sitzung dauerte bis in den späten Abend.',
        '„Die Linie 4 fährt ab Mai alle zehn Minuten“, sagte Verkehrsdezernentin Miriam Kohlhaas. Die Kosten trägt zum Teil das Land.',
        'Kohlhaas sagte, die neuen Busse würden elektrisch fahren und im Depot geladen.',
        'Die Haltestellen am Markt werden bis Juni umgebaut, sagte Kohlhaas am Rande der Sitzung.',
        // Capitalised nouns are no name, and nobody quoted here has spoken: no reported speech.
        'Ein Sprecher sagte, der Umbau koste rund zwei Millionen Euro.',
        'Der Bürgermeister sagte, er sei zufrieden mit dem Ergebnis der Beratungen.',
        // "erklärte" is no cue of this page.
        'Kohlhaas erklärte, die Fahrpreise blieben im kommenden Jahr stabil.',
      ]),
    );
    expect(r.language).toBe('other');
    expect(quotesOf(r)).toEqual([
      ['direct', 'Die Linie 4 fährt ab Mai alle zehn Minuten', 'Miriam Kohlhaas', 'sagte'],
      ['indirect', 'die neuen Busse würden elektrisch fahren und im Depot geladen', 'Miriam Kohlhaas', 'sagte'],
      ['indirect', 'Die Haltestellen am Markt werden bis Juni umgebaut', 'Miriam Kohlhaas', 'sagte'],
    ]);
    const french = extractStatements(
      snapshotOf([
        'Le conseil municipal a débattu mardi du nouveau plan de circulation pour le centre-ville. La séance a duré jusque tard dans la soirée.',
        '« La ligne 4 passera toutes les dix minutes dès le mois de mai », a déclaré Claire Martin, adjointe aux transports.',
        'La gare routière sera rénovée avant la fin de l’année, a déclaré Claire Martin devant les élus.',
      ]),
    );
    expect(quotesOf(french).map((q) => q.slice(0, 3))).toEqual([
      ['direct', 'La ligne 4 passera toutes les dix minutes dès le mois de mai', 'Claire Martin'],
      ['indirect', 'La gare routière sera rénovée avant la fin de l’année', 'Claire Martin'],
    ]);
  });

  it('reads French quotes with a full name after the cue', () => {
    const r = extractStatements(
      snapshotOf([
        'Le ministre de l’Économie a présenté mardi le projet de budget pour l’année prochaine. Le texte prévoit une baisse des dépenses publiques de deux pour cent.',
        '« Nous allons réduire le déficit sans augmenter les impôts », a déclaré Jean Dupont devant les députés.',
        'Selon le ministre, la croissance devrait atteindre 1,2 % en 2027. « C’est un budget de responsabilité », a-t-il ajouté.',
      ]),
    );
    expect(r.language).toBe('other');
    expect(quotesOf(r)).toEqual([
      ['direct', 'Nous allons réduire le déficit sans augmenter les impôts', 'Jean Dupont', 'a déclaré'],
      ['direct', 'C’est un budget de responsabilité', null, null],
    ]);
  });
});
