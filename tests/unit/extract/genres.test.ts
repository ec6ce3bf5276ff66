import { describe, expect, it } from 'vitest';
import { extractTexts } from './helpers';

describe('article genres', () => {
  it('attributes an interview answer to the interviewee and never quotes the questions', () => {
    const r = extractTexts([
      'Вице-министр здравоохранения Марат Ахметов ответил на вопросы нашего издания.',
      '— Марат Болатович, когда откроют новые поликлиники?',
      '— Первые три заработают весной, остальные — до конца года.',
      '— А врачей хватит?',
      '— Мы пригласили 400 выпускников, им дадут жилье.',
      'Еще 200 врачей приедут по программе «С дипломом — в село».',
      '— Спасибо за интервью.',
      '— Спасибо вам.',
    ]);
    const direct = r.quotes.filter((q) => q.kind === 'direct');
    expect(direct.some((q) => q.text.endsWith('?'))).toBe(false);
    expect(direct[0]).toMatchObject({ text: 'Первые три заработают весной, остальные — до конца года.', speaker: 'Марат Ахметов' });
    expect(direct[1]!.text).toBe('Мы пригласили 400 выпускников, им дадут жилье. Еще 200 врачей приедут по программе «С дипломом — в село».');
  });

  it('gives the answers to the person the lead names, not to the bank the headline and lead name more often', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Мы не гонимся за розницей»: глава «Алтын Инвест Банка» о кредитах бизнесу' },
      '«Алтын Инвест Банк» по итогам года нарастил портфель малого бизнеса на 38%. Крупнейшим акционером «Алтын Инвест Банка» остается Ержан Сулейменов. По словам Ерлана Сапарова, банк не планирует докапитализацию.',
      '— Ерлан Маратович, банк закрыл треть отделений. Это экономия?',
      '— Это смена стратегии. Мы закрыли 42 отделения из 130.',
      '— Вам придется докапитализироваться?',
      '— Нет, текущего запаса достаточно.',
    ]);
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Ерлан Сапаров', 'Ерлан Сапаров']);
  });

  it('reads labelled interview turns, initials included', () => {
    const r = extractTexts([
      'Mayor Lena Ortiz spoke to the City Herald about the budget.',
      'City Herald: Will taxes rise next year?',
      'Lena Ortiz: No. We have found the savings inside the administration.',
      'CH: Where exactly?',
      'LO: We are merging four departments and selling two buildings.',
    ]);
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker])).toEqual([
      ['No. We have found the savings inside the administration.', 'Lena Ortiz'],
      ['We are merging four departments and selling two buildings.', 'Lena Ortiz'],
    ]);
  });

  it('quotes an embedded post as its account, not its signature line', () => {
    const r = extractTexts([
      'После брифинга министр опубликовал сообщение в соцсети.',
      { kind: 'quote', text: 'Все школы области завтра работают в обычном режиме. Занятия не отменяются.' },
      { kind: 'quote', text: '— Гани Бекенов (@bekenov_g) 3 декабря 2026 г.' },
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['Все школы области завтра работают в обычном режиме. Занятия не отменяются.', 'Гани Бекенов']]);
  });

  it('gives "Об этом сообщил X" the words of the sentence before', () => {
    const r = extractTexts(['Министерство ожидает, что экспорт мяса вырастет на 8 процентов. Об этом сообщил министр сельского хозяйства Ерлан Карин.']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'экспорт мяса вырастет на 8 процентов', 'Ерлан Карин']]);
  });

  it('lists a pull quote once, where it was said', () => {
    const r = extractTexts([
      '"The next month will decide whether schools stay open," Health Minister Akmaral Alnazarova said at a briefing.',
      { kind: 'quote', text: '“The next month will decide whether schools stay open.”' },
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['The next month will decide whether schools stay open']);
    // Its claims go with it: each claim belongs to a quote in the list.
    expect(r.claims.map((c) => c.text)).toEqual(['The next month will decide whether schools stay open']);
    expect(r.claims.every((c) => r.quotes.some((q) => q.id === c.quoteId))).toBe(true);
  });

  it('reads an English "…, officials say" headline', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Bread prices will not rise this winter, minister says' },
      'Trade Minister Arman Shakkaliyev said on Monday that bread prices would stay frozen until March.',
    ]);
    const headline = r.quotes.find((q) => q.kind === 'headline');
    expect(headline).toMatchObject({ text: 'Bread prices will not rise this winter', speaker: 'Arman Shakkaliyev' });
  });

  it('skips a photo credit the page did not mark as a caption', () => {
    const r = extractTexts(['Officers at the scene on Tuesday. Photo courtesy of the city police, who said nothing else.']);
    expect(r.quotes).toEqual([]);
  });

  it('reads a headline that opens with its speaker and a verb of speech ("X says …", "Министр заявил, что …"), not one with an order or a topic', () => {
    const says = extractTexts([
      { kind: 'headline', text: 'Tokayev says Kazakhstan will build a second nuclear plant' },
      'President Kassym-Jomart Tokayev said on Friday that Kazakhstan would build a second nuclear power plant.',
    ]);
    expect(says.quotes.find((q) => q.kind === 'headline')).toMatchObject({ text: 'Kazakhstan will build a second nuclear plant', speaker: 'Kassym-Jomart Tokayev' });
    const ru = extractTexts([
      { kind: 'headline', text: 'Министр энергетики заявил, что тарифы на тепло не вырастут' },
      'Министр энергетики Алмасадам Саткалиев на брифинге сообщил, что тарифы на тепло в этом году не вырастут.',
    ]);
    expect(ru.quotes.find((q) => q.kind === 'headline')).toMatchObject({ text: 'тарифы на тепло не вырастут', speaker: 'Алмасадам Саткалиев' });
    for (const head of ['Court orders review of Almaty metro contract', 'Токаев заявил о необходимости реформы полиции']) {
      const r = extractTexts([{ kind: 'headline', text: head }, 'Президент Касым-Жомарт Токаев заявил о необходимости реформы полиции. A court in Almaty ordered a review of the contract.']);
      expect(r.quotes.filter((q) => q.kind === 'headline'), head).toEqual([]);
    }
  });

  it('gives a headline that names only a role the speaker of the body quote it words again', () => {
    const r = extractTexts([
      { kind: 'headline', text: '"We are ready for winter": rail chief on the new timetable' },
      'Kazakhstan Temir Zholy presented its winter timetable on Monday.',
      '"We are ready for winter. There will be 14 more trains," Nurlan Sauranbayev said.',
    ]);
    expect(r.quotes.find((q) => q.kind === 'headline')).toMatchObject({ text: 'We are ready for winter', speaker: 'Nurlan Sauranbayev' });
  });
});
