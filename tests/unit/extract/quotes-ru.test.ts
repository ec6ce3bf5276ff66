import { describe, expect, it } from 'vitest';
import { extractTexts } from './helpers';

describe('Russian quotes on texts the rules were not written for', () => {
  it('reads a dash quote interrupted by its cue as one statement', () => {
    const r = extractTexts([
      'Министр финансов Ерлан Нурланов выступил на совещании в Астане.',
      '— Бюджет на следующий год будет сбалансированным, — сказал министр финансов Ерлан Нурланов. — Дефицит мы сократим вдвое.',
    ]);
    const direct = r.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.text).toBe('Бюджет на следующий год будет сбалансированным. Дефицит мы сократим вдвое.');
    expect(direct[0]!.speaker).toBe('Ерлан Нурланов');
    expect(direct[0]!.cue).toBe('сказал');
  });

  it('accepts hyphen, en and em dashes alike', () => {
    for (const dash of ['-', '–', '—']) {
      const r = extractTexts([`${dash} Мост откроют к осени, ${dash} пообещал аким Бауыржан Сарсенов.`]);
      expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'Мост откроют к осени', 'Бауыржан Сарсенов']]);
    }
  });

  it('carries a dash quote over paragraphs until the paragraph with the cue', () => {
    const r = extractTexts([
      '— Первые дома подключат к газу уже в марте. Остальные — до конца года.',
      'Денег на это хватит, подрядчики выбраны, — заявила вице-министр энергетики Асель Каримова.',
    ]);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.text).toBe('Первые дома подключат к газу уже в марте. Остальные — до конца года. Денег на это хватит, подрядчики выбраны');
    expect(q.speaker).toBe('Асель Каримова');
    expect(q.anchor.quote.exact).toContain('\n');
  });

  it('finds a colon-introduced quote in guillemets, and one with the cue after the marks', () => {
    const r = extractTexts([
      'Глава МИД Марат Жумабаев заявил: «Мы не будем отзывать посла до конца расследования».',
      '«Переговоры продолжатся в Женеве на следующей неделе», — добавил Жумабаев.',
    ]);
    const texts = r.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker, q.cue]);
    expect(texts).toEqual([
      ['Мы не будем отзывать посла до конца расследования', 'Марат Жумабаев', 'заявил'],
      ['Переговоры продолжатся в Женеве на следующей неделе', 'Марат Жумабаев', 'добавил'],
    ]);
  });

  it('leaves names and titles in guillemets alone', () => {
    const r = extractTexts(['Компания «Казахтелеком» и фонд «Самрук-Казына» подписали соглашение о строительстве сетей «Зеленый транспорт».']);
    expect(r.quotes).toEqual([]);
  });

  it('does not take a source line for a quote', () => {
    const r = extractTexts(['Об этом передает пресс-служба акимата.', 'Об этом сообщает сайт ведомства.']);
    expect(r.quotes).toEqual([]);
  });

  it('gives reported speech its что-clause, and resolves an inflected surname to the full name', () => {
    const r = extractTexts([
      'Министр сельского хозяйства Айдар Сериков сообщил, что урожай зерна в этом году вырос на 12 процентов.',
      'По словам Серикова, экспорт пшеницы начнется в октябре.',
    ]);
    const indirect = r.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);
    expect(indirect).toEqual([
      ['урожай зерна в этом году вырос на 12 процентов', 'Айдар Сериков'],
      ['экспорт пшеницы начнется в октябре', 'Айдар Сериков'],
    ]);
    expect(r.speakers[0]!.mentions).toEqual(expect.arrayContaining(['Айдар Сериков']));
  });

  it('does not report words that are not speech (выяснилось, что …)', () => {
    const r = extractTexts(['Выяснилось, что часть автобусов не приспособлена для маломобильных пассажиров.']);
    expect(r.quotes).toEqual([]);
  });

  it('resolves a role to the person written next to it, and a pronoun when only one person is in view', () => {
    const r = extractTexts([
      'Аким Караганды Ермек Жакенов провел прием граждан.',
      '— Ни одного дерева в парке не вырубят, — отметил аким.',
      'Он также подчеркнул, что проект застройки пересмотрят.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ермек Жакенов', 'Ермек Жакенов']);
  });

  it('returns speaker null rather than a guess when nobody is named', () => {
    const r = extractTexts(['— Мы не сдадимся и будем работать дальше, — сказал он.']);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBeNull();
  });

  it('takes a headline "Текст - Фамилия" as a headline quote linked to the body', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Тарифы на воду не вырастут до 2028 года - Жаксылыков' },
      '— Тарифы на воду для фермеров не вырастут до 2028 года, — сказал вице-министр Тимур Жаксылыков.',
    ]);
    const headline = r.quotes.find((q) => q.kind === 'headline')!;
    expect(headline.text).toBe('Тарифы на воду не вырастут до 2028 года');
    expect(headline.speaker).toBe('Тимур Жаксылыков');
    expect(headline.variantOf).toBe(r.quotes.find((q) => q.kind === 'direct')!.id);
  });

  it('names a speaker seen only in the genitive in the nominative', () => {
    const r = extractTexts([
      'По мнению экономиста Алмаса Чукина, решение запоздало на полгода.',
      'По словам Ирины Ивановой, очереди в поликлиниках исчезнут к весне.',
      'По данным Сергея Петрова, рост цен продолжится до лета.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Алмас Чукин', 'Ирина Иванова', 'Сергей Петров']);
  });

  it('takes the body named after "по данным" for the speaker, as "по словам" takes a person', () => {
    const r = extractTexts([
      'Министр культуры Ерлан Нурланов открыл новую библиотеку.',
      'По данным районного отдела культуры, библиотеки получат новые книги к марту.',
      'По информации Бюро национальной статистики, цены на хлеб выросли на 3 процента.',
      'По сведениям ТОО «Астана Су Арнасы», ремонт водовода завершится в пятницу.',
      'По данным опроса, горожане чаще читают с телефона.',
    ]);
    // A body is never the one person the text names; "опроса" names no body, so its figures are the writer's.
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'отдел культуры'],
      ['indirect', 'Бюро национальной статистики'],
      ['indirect', 'ТОО «Астана Су Арнасы»'],
    ]);
  });

  it('finds a statement that ends with "сообщили в" a body, and names the body in the nominative', () => {
    const r = extractTexts([
      'Тарифы на электроэнергию вырастут на 8 процентов с 1 июля, сообщили в пресс-службе министерства энергетики.',
      'Двое подозреваемых задержаны в ходе спецоперации, сообщили в Министерстве внутренних дел.',
      'Эвакуация жителей двух сел завершена, рассказали в департаменте по чрезвычайным ситуациям.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['indirect', 'Тарифы на электроэнергию вырастут на 8 процентов с 1 июля', 'пресс-служба министерства энергетики'],
      ['indirect', 'Двое подозреваемых задержаны в ходе спецоперации', 'Министерство внутренних дел'],
      ['indirect', 'Эвакуация жителей двух сел завершена', 'департамент по чрезвычайным ситуациям'],
    ]);
  });

  it('names a body by its full name wherever it speaks from', () => {
    const r = extractTexts([
      'Как сообщили в пресс-службе акимата Алматы, работы завершат до конца года.',
      'В управлении здравоохранения области сообщили, что вакцины поступят в апреле.',
      'Как пояснили в комитете по делам молодежи, заявки принимают до мая.',
      'Работы продолжатся до конца недели, отметили в управлении энергетики и коммунального хозяйства.',
      // The name stops where the predicate starts: an adverb, a verb, a modal word.
      'Министерство сегодня сообщило, что тарифы не изменятся.',
      'Компания готова выплатить компенсации, заявили в пресс-службе компании.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([
      'пресс-служба акимата Алматы',
      'управление здравоохранения области',
      'комитет по делам молодежи',
      'управление энергетики и коммунального хозяйства',
      'Министерство',
      'пресс-служба компании',
    ]);
  });

  it('reads a «…» quote opened in one paragraph and closed in a later one as one quote', () => {
    const r = extractTexts([
      'Аким области Данияр Ахметов напомнил журналистам: «Три школы мы сдадим уже в сентябре.',
      'Еще две достроят к зиме, подрядчики получили аванс.',
      'Денег на ремонт дорог в этом году больше, чем в прошлом».',
      'Депутаты маслихата попросили показать смету.',
    ]);
    const direct = r.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['Три школы мы сдадим уже в сентябре. Еще две достроят к зиме, подрядчики получили аванс. Денег на ремонт дорог в этом году больше, чем в прошлом', 'Данияр Ахметов', 'напомнил'],
    ]);
    expect(r.claims.some((c) => c.text.startsWith('Денег на ремонт дорог'))).toBe(true);
  });

  it('takes the cue after the closing mark of a quote over paragraphs, and leaves an opener never closed alone', () => {
    const r = extractTexts([
      '«Очередь на жилье в городе сократилась на треть.',
      'В следующем году мы выдадим еще четыреста квартир», — сообщил заместитель акима Берик Сапаров.',
      'Жители спросили: «Когда начнут строить дома на левом берегу?',
      'Ответа на этот вопрос на встрече так и не прозвучало.',
    ]);
    const direct = r.quotes.filter((q) => q.kind === 'direct');
    expect(direct[0]!.text).toBe('Очередь на жилье в городе сократилась на треть. В следующем году мы выдадим еще четыреста квартир');
    expect(direct[0]!.speaker).toBe('Берик Сапаров');
    expect(direct.some((q) => q.text.includes('Ответа на этот вопрос'))).toBe(false);
  });

  it('takes "Слово: «…»" with a word no lexicon knows for a headline quote of whoever says those words in the body, and a quoted title for none', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Казтрансойл: «Цены на бензин не вырастут до весны»' },
      'Вице-министр энергетики Алибек Жамауов провел брифинг для журналистов.',
      '— Цены на бензин не вырастут до весны, запасов топлива хватит, — сказал Жамауов.',
    ]);
    const headline = r.quotes.find((q) => q.kind === 'headline')!;
    expect(headline.text).toBe('Цены на бензин не вырастут до весны');
    expect(headline.speaker).toBe('Алибек Жамауов');
    expect(headline.variantOf).toBe(r.quotes.find((q) => q.kind === 'direct')!.id);

    const review = extractTexts([
      { kind: 'headline', text: 'Рецензия: «Мастер и Маргарита» снова в кино' },
      'Фильм идет в кинотеатрах Астаны с понедельника, сеансы начинаются в полдень.',
      '— Зал был полон, — рассказал директор кинотеатра Марат Омаров.',
    ]);
    expect(review.quotes.some((q) => q.kind === 'headline')).toBe(false);
  });

  it('reads a woman\'s name by the gender of the verb beside it, not as a man\'s in the genitive', () => {
    const r = extractTexts([
      'Вице-министр просвещения Жанна Ергалиева рассказала о новых правилах приема в первый класс.',
      '— Записаться можно будет с первого апреля через портал электронного правительства, — сказала Ергалиева.',
      '«Очередей в школах больше не будет», — так прокомментировала слова коллеги Ергалиева.',
    ]);
    expect(r.speakers.map((s) => s.name)).toEqual(['Жанна Ергалиева']);
  });

  it('reads a woman\'s name after "от … района" as the subject of the past verb right after it, not a man\'s in the genitive', () => {
    const r = extractTexts([
      'Депутат областного маслихата от Сарыагашского района Динара Сейтказиева посетила больницу в понедельник.',
      '— Оборудование закупили еще весной, но до сих пор не установили, — сказала Сейтказиева.',
    ]);
    expect(r.speakers.map((s) => s.name)).toEqual(['Динара Сейтказиева']);
    expect(r.quotes[0]!.speaker).toBe('Динара Сейтказиева');
  });

  it('keeps a region in a role\'s complement: the name after it holds the role', () => {
    const r = extractTexts([
      'Начальник департамента полиции Жамбылской области Ерлан Тулеуов провел брифинг для журналистов.',
      'Также глава департамента сообщил, что число краж за год сократилось на 12 процентов.',
    ]);
    const reported = r.quotes.find((q) => q.kind === 'indirect')!;
    expect(reported.speaker).toBe('Ерлан Тулеуов');
    expect(r.speakers[0]!.role).toBe('Начальник департамента полиции Жамбылской области');
  });

  it('reports "говорит, что" and "говорил, что", but not the impersonal "говорят, что"', () => {
    const r = extractTexts([
      'Председатель комитета Марат Абенов говорит, что новые правила вступят в силу с июля.',
      'Раньше он говорил, что закон примут только осенью.',
      'В отрасли говорят, что цены на цемент вырастут к лету.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['новые правила вступят в силу с июля', 'Марат Абенов'],
      ['закон примут только осенью', 'Марат Абенов'],
    ]);
  });

  it('reports what a speaker added after a dash quote ("— …, — сказал X, добавив, что …")', () => {
    const r = extractTexts(['— Паводков в этом году не ожидается, — сказал глава МЧС Чингис Аринов, добавив, что спасатели все равно дежурят круглосуточно.']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['direct', 'Паводков в этом году не ожидается', 'сказал'],
      ['indirect', 'спасатели все равно дежурят круглосуточно', 'добавив'],
    ]);
  });

  it('knows the short names of ministries (Минздрав, Минфин) as bodies that speak', () => {
    const r = extractTexts([
      'В Минздраве прокомментировали ситуацию: «Все пострадавшие получают необходимую помощь».',
      'Как сообщили в Минфине, дефицит бюджета в этом году составит 2,4 процента.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Минздрав', 'Минфин']);
  });

  it('reads a cue clause that names the outlet in quotation marks ("— сообщил «Интерфаксу» министр")', () => {
    const r = extractTexts(['«Зерна хватит до следующего урожая», — сообщил «Казинформу» министр сельского хозяйства Айдарбек Сапаров.']);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['Зерна хватит до следующего урожая', 'Айдарбек Сапаров', 'сообщил']]);
  });

  it('reports the words after "X отметила:" when no quotation mark or dash follows the colon', () => {
    const r = extractTexts([
      'Министр здравоохранения Акмарал Альназарова подчеркнула: очередей на плановые операции к лету не останется.',
      'Вице-министр Ерлан Киясов заявил: «Мы закупим 40 новых машин скорой помощи».',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['indirect', 'очередей на плановые операции к лету не останется', 'Акмарал Альназарова'],
      ['direct', 'Мы закупим 40 новых машин скорой помощи', 'Ерлан Киясов'],
    ]);
  });

  it('takes no circumstance before "министр заявил:" for a statement, only the quotation it introduces', () => {
    const r = extractTexts([
      'Отвечая на вопрос журналистов, вице-министр финансов Дана Ермекова сказала:',
      '– Повышать налог на добавленную стоимость в следующем году не планируется.',
      'Комментируя итоги года, аким области Марат Сейткали заявил следующее.',
      '«Все 14 школ сдадут к сентябрю».',
      'Доходы бюджета выросли на 9 процентов, сообщил министр финансов Мади Такиев.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['direct', 'Повышать налог на добавленную стоимость в следующем году не планируется.', 'Дана Ермекова'],
      ['direct', 'Все 14 школ сдадут к сентябрю', 'Марат Сейткали'],
      ['indirect', 'Доходы бюджета выросли на 9 процентов', 'Мади Такиев'],
    ]);
  });

  it('takes "парламентарий" in any case for the deputy named before', () => {
    const r = extractTexts([
      'Депутат Мажилиса Ерлан Сайров направил запрос на имя премьер-министра.',
      'По мнению парламентария, цены на лекарства в аптеках необоснованно завышены.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['цены на лекарства в аптеках необоснованно завышены', 'Ерлан Сайров']]);
  });

  it('takes the past tense of a source verb for a speaker\'s ("прокуратура сообщала, что"), its present for an outlet ("сообщает сайт")', () => {
    const r = extractTexts([
      'Ранее Генпрокуратура сообщала, что ущерб от действий чиновников превысил 2 миллиарда тенге.',
      'Министр финансов Мади Такиев заявил, что дефицит бюджета сократится. Об этом сообщает сайт Минфина.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['ущерб от действий чиновников превысил 2 миллиарда тенге', 'Генпрокуратура'],
      ['дефицит бюджета сократится', 'Мади Такиев'],
    ]);
  });

  it('takes no outlet named by its web address for the speaker ("— сообщил Tengrinews.kz руководитель …")', () => {
    const r = extractTexts([
      '«Повышения тарифов не будет», — сообщил Tengrinews.kz руководитель пресс-службы комитета Айдос Ермеков.',
      '– Очередей на границе больше нет, – рассказал Kazinform.kz аким области Нурлан Урынбасаров.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Повышения тарифов не будет', 'Айдос Ермеков'],
      ['Очередей на границе больше нет', 'Нурлан Урынбасаров'],
    ]);
  });

  it('takes reported words that are all in quotation marks for a direct quote, and names an unnamed role in the nominative', () => {
    const r = extractTexts(['По словам министра, «ситуация на дорогах полностью под контролем».']);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'ситуация на дорогах полностью под контролем', 'министр']]);
  });

  it('reports "не исключил, что …" and what follows "По оценке X,"', () => {
    const r = extractTexts([
      'Министр просвещения Гани Бейсембаев не исключил, что учебный год в южных регионах продлят.',
      'По оценке Азиатского банка развития, рост экономики в следующем году составит 4,8%.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'учебный год в южных регионах продлят'],
      ['indirect', 'рост экономики в следующем году составит 4,8%'],
    ]);
    expect(r.quotes[0]!.speaker).toBe('Гани Бейсембаев');
  });

  it('takes a person or body after a source verb that follows a quotation for its speaker, and an outlet for none', () => {
    const r = extractTexts([
      '«Мы не будем повышать тарифы до конца года», — пишет министр энергетики Алмасадам Саткалиев в своем Telegram-канале.',
      '– Паводков в области не ожидается, – сообщает пресс-служба департамента по чрезвычайным ситуациям.',
      '«Цены на бензин вырастут уже в январе», — пишет издание Vlast.kz со ссылкой на источник.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Мы не будем повышать тарифы до конца года', 'Алмасадам Саткалиев'],
      ['Паводков в области не ожидается', 'пресс-служба департамента по чрезвычайным ситуациям'],
    ]);
  });

  it('keeps a Kazakh man\'s given name in -и as written in the genitive (Мади, not Мадя), and Russian names in -ия and -ья declined', () => {
    const r = extractTexts([
      'По словам главы Минфина Мади Такиева, дефицит бюджета не превысит 3% ВВП.',
      'По словам депутата Ильи Сергеева, налоги повышать не будут.',
      'По словам министра Юлии Смирновой, очередей в поликлиниках станет меньше.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Мади Такиев', 'Илья Сергеев', 'Юлия Смирнова']);
  });

  it('gives "Министр X Имя Фамилия сообщила, что" to the name after the role, not to a minister named before', () => {
    const r = extractTexts([
      'Министр здравоохранения Акмарал Альназарова сказала, что очереди в поликлиниках сократились.',
      'Министр просвещения Гани Бейсембаев сообщил, что в школах откроют 200 новых классов.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Акмарал Альназарова', 'Гани Бейсембаев']);
  });

  it('takes "глава Правительства" for the premier named in the genitive before, and for no аким', () => {
    const premier = extractTexts([
      'Совещание прошло под председательством Премьер-министра Олжаса Бектенова.',
      'Аким Карагандинской области Ермаган Булекпаев доложил о ходе работ.',
      '«Сроки больше переносить нельзя», – заявил глава Правительства.',
    ]);
    expect(premier.quotes.map((q) => q.speaker)).toEqual(['Олжас Бектенов']);
    expect(premier.speakers[0]!.role).toBe('Премьер-министр');
    const akimOnly = extractTexts([
      'Аким Карагандинской области Ермаган Булекпаев отметил, что все школы готовы к учебному году.',
      '«Сроки больше переносить нельзя», – заявил глава Правительства.',
    ]);
    expect(akimOnly.quotes.map((q) => q.speaker)).toEqual(['Ермаган Булекпаев', 'глава Правительства']);
  });

  it('reports the rest of a sentence around "по его словам" set off by commas, without a connective before it', () => {
    const r = extractTexts([
      'Министр финансов Мадина Абылкасымова выступила на брифинге.',
      'Кроме того, по ее словам, дефицит бюджета сократится до 2% ВВП.',
      'Налоги, по словам министра, повышать не будут.',
    ]);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['дефицит бюджета сократится до 2% ВВП', 'Мадина Абылкасымова'],
      ['Налоги повышать не будут', 'Мадина Абылкасымова'],
    ]);
  });

  it('takes no narrator\'s "Отметим, что" or "Напомним, что" for reported speech', () => {
    const r = extractTexts([
      'Министр энергетики Ерлан Аккенженов сообщил, что тарифы не изменятся.',
      'Напомним, что в прошлом году тарифы выросли на 15%.',
      'Отметим, что ремонт ТЭЦ-3 еще не завершен.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['тарифы не изменятся']);
  });

  it('takes the outlet a statement was made to for its listener, not its speaker ("— заявил агентству «…» вице-министр X")', () => {
    const r = extractTexts([
      '«Дефицита бензина в стране нет», — сообщил агентству «Казинформ» вице-министр энергетики Ерлан Байжанов.',
      '– Запасов угля хватит до весны, – рассказал агентству Reuters министр энергетики Алмасадам Саткалиев.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Байжанов', 'Алмасадам Саткалиев']);
  });

  it('reads a trailing cue whose subject follows a listener or a short circumstance ("…, заявил на брифинге министр X")', () => {
    const r = extractTexts([
      'Очередей на границе больше нет, сообщил на брифинге вице-министр финансов Ержан Биржанов.',
      'Тарифы пересматривать не будут, сказал журналистам аким области Нурлан Нуркенов.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ержан Биржанов', 'Очередей на границе больше нет'],
      ['Нурлан Нуркенов', 'Тарифы пересматривать не будут'],
    ]);
  });

  it('reads "ее" and "она" for the woman in view, not the man who spoke last', () => {
    const r = extractTexts([
      'Депутат Мажилиса Ерлан Саиров заявил, что школу откроют только в сентябре.',
      'Его поддержала депутат Анна Ковалева. По ее словам, подрядчик сорвал все сроки.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Саиров', 'Анна Ковалева']);
  });

  it('reports "сообщил Kursiv.media, что …" (an outlet\'s web address between the cue and "что")', () => {
    const r = extractTexts(['Аким Костаная Марат Жундубаев сообщил Kursiv.media, что новый мост откроют в июле.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Марат Жундубаев', 'новый мост откроют в июле']]);
  });

  it('takes "в ведомстве" for the body named before', () => {
    const r = extractTexts([
      'Рост числа ДТП связан с гололедом, говорится в сообщении Министерства внутренних дел.',
      'В ведомстве также напомнили, что штраф за превышение скорости вырос вдвое.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Министерство внутренних дел', 'Министерство внутренних дел']);
  });

  it('takes the sentence before "Об этом сообщили в …" for what that body reported, and none before a source line', () => {
    const r = extractTexts([
      'Ремонт моста через Ишим завершат к 1 сентября. Об этом сообщили в пресс-службе управления строительства.',
      'На трассе Астана – Щучинск открыли новую развязку. Об этом передает сайт акимата.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['indirect', 'пресс-служба управления строительства', 'Ремонт моста через Ишим завершат к 1 сентября'],
    ]);
  });

  it('takes whose words an outlet quotes for the speaker ("— приводит его слова телеканал", "— цитирует министра издание")', () => {
    const r = extractTexts([
      'Министр транспорта Марат Карабаев провел совещание с перевозчиками.',
      '«Тарифы на авиабилеты регулировать не будем», – приводит его слова телеканал «Хабар».',
      '«Новый аэропорт откроют в 2028 году», – цитирует вице-министра транспорта Талгата Ластаева издание Kursiv.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Марат Карабаев', 'Талгат Ластаев']);
  });

  it('takes "дипломат" for the official named before, and "в МИД Казахстана" for the ministry as written', () => {
    const r = extractTexts([
      'Официальный представитель МИД Айбек Смадияров провел брифинг.',
      '«Консульство продолжает работу в обычном режиме», – заявил дипломат.',
      'Как пояснили в МВД Казахстана, проверки на границе усилены.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айбек Смадияров', 'МВД Казахстана']);
  });

  it('reads "– говорится в сообщении …" under a quotation that fills its paragraph as its attribution, and as no speech itself', () => {
    const r = extractTexts([
      'В акимате Шымкента ответили на жалобы жителей.',
      '«Подача горячей воды будет восстановлена до конца недели. Все работы идут по графику»',
      '– говорится в ответе акимата.',
      'Руководитель городского управления энергетики Нурлан Абенов провел встречу с жителями.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'акимат Шымкента', 'Подача горячей воды будет восстановлена до конца недели. Все работы идут по графику'],
    ]);
  });

  it('reads a paragraph ending "… он написал:" as the cue clause of the «…» quotation that fills the next one', () => {
    const r = extractTexts([
      'Министр цифрового развития Жаслан Мадиев прокомментировал сбой в работе портала.',
      'Позже в своем Telegram-канале он написал:',
      '«Портал электронного правительства снова работает. Причиной сбоя стала атака на серверы провайдера».',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([['Жаслан Мадиев', 'написал']]);
  });

  it('reads an interview whose questions carry no dash (set in bold) and whose answers follow them bare', () => {
    const r = extractTexts([
      'Председатель правления Kaspi Банка Михаил Ломтадзе рассказал нашему изданию о планах компании.',
      'Михаил, будет ли банк повышать ставки по депозитам?',
      'Нет, ставки останутся прежними до конца года.',
      'Когда заработает новое приложение?',
      'Тестирование закончим в октябре, а в ноябре приложение станет доступно всем клиентам.',
      'Сколько сотрудников вы наймете в следующем году?',
      'Около двух тысяч, в основном разработчиков.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.replace(/\.$/, '')])).toEqual([
      ['Михаил Ломтадзе', 'Нет, ставки останутся прежними до конца года'],
      ['Михаил Ломтадзе', 'Тестирование закончим в октябре, а в ноябре приложение станет доступно всем клиентам'],
      ['Михаил Ломтадзе', 'Около двух тысяч, в основном разработчиков'],
    ]);
  });

  it('reports what follows "По подсчетам X," and "По расчетам X," as that body\'s words', () => {
    const r = extractTexts(['По расчетам аналитиков Freedom Finance, инфляция к концу года замедлится до 7%.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Freedom Finance', 'инфляция к концу года замедлится до 7%']]);
  });

  it('joins a dash paragraph with no cue to the dash paragraph right after it that names the speaker', () => {
    const r = extractTexts([
      'Аким Павлодара Асхат Оралов провел совещание по подготовке к паводку.',
      '– Все насосные станции проверены. Запасы песка и мешков сделаны на месяц вперед.',
      '– Эвакуировать жителей заранее мы не планируем, – сказал Оралов.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Асхат Оралов', 'Все насосные станции проверены. Запасы песка и мешков сделаны на месяц вперед. Эвакуировать жителей заранее мы не планируем'],
    ]);
  });

  it('does not join a question to the answer after it', () => {
    const r = extractTexts([
      '– Будут ли штрафы для подрядчиков?',
      '– Будут, и немалые, – ответил министр транспорта Нурлан Сауранбаев.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text]).filter(([speaker]) => speaker !== null)).toEqual([['Нурлан Сауранбаев', 'Будут, и немалые']]);
  });

  it('reads a company named in quotation marks as part of the role before the name ("… АО «Самрук-Энерго» X")', () => {
    const r = extractTexts(['Новую ТЭЦ запустят в 2028 году, заявил первый заместитель председателя правления АО «Самрук-Энерго» Ербол Сапаров.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ербол Сапаров']);
    expect(r.speakers[0]!.role).toBe('первый заместитель председателя правления АО «Самрук-Энерго»');
  });

  it('gives "Об этом на брифинге в X заявил Y" to Y, not to the place of the briefing', () => {
    const r = extractTexts(['Тарифы на воду не повысят до конца года. Об этом на брифинге в Службе центральных коммуникаций заявил первый заместитель министра Нурлан Ахметов.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Нурлан Ахметов']);
  });

  it('reports nothing from "Ранее сообщалось, что …", which names no one', () => {
    const r = extractTexts(['Ранее сообщалось, что цены на бензин вырастут на 10%.']);
    expect(r.quotes).toEqual([]);
  });

  it('takes no cue for words in quotation marks from the next sentence, and reads "По данным следствия" as the investigation\'s', () => {
    const r = extractTexts(['По данным следствия, участники группы продавали пенсионерам «выгодные вклады». Потерпевшими признаны 85 человек.']);
    expect(r.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([['indirect', 'следствие', 'участники группы продавали пенсионерам «выгодные вклады»']]);
  });

  it('still reads a dash after the closing mark and its point as the cue clause («…». – сказал он)', () => {
    const r = extractTexts(['«Работы завершим до конца года». – сказал аким района Бауыржан Ахметов.']);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Бауыржан Ахметов']]);
  });

  it('gives "Об этом сообщает X со ссылкой на пресс-службу Y" to Y, without the agency\'s dateline', () => {
    const r = extractTexts(['АЛМАТЫ. КАЗИНФОРМ – Стоимость проезда в автобусах города с 1 января вырастет до 250 тенге. Об этом сообщает агентство со ссылкой на пресс-службу акимата Алматы.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['пресс-служба акимата Алматы', 'Стоимость проезда в автобусах города с 1 января вырастет до 250 тенге']]);
  });

  it('reads no statement in a headline "X: одно-два слова" (a title, not words said)', () => {
    const r = extractTexts([{ kind: 'headline', text: 'Заседание Правительства 2 декабря: онлайн-трансляция' }, 'На заседании Правительства обсуждают подготовку к зиме и ход отопительного сезона.']);
    expect(r.quotes).toEqual([]);
  });

  it('drops a journalist\'s question from the answer that follows it in the same paragraph', () => {
    const r = extractTexts(['– Когда откроют мост? – спросил журналист. – Движение запустим в мае, – ответил аким Тараза Даурен Ермеков.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Даурен Ермеков', 'Движение запустим в мае']]);
  });

  it('gives the sentence before "Такое заявление сделал X" to X', () => {
    const r = extractTexts(['Плата за вывоз мусора в Шымкенте не изменится до конца года. Такое заявление сделал на брифинге аким города Габит Сыздыкбеков.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Габит Сыздыкбеков', 'Плата за вывоз мусора в Шымкенте не изменится до конца года']]);
  });

  it('reports "допустил + повышение/закрытие …" as the speaker\'s words', () => {
    const r = extractTexts(['Министр транспорта Нурлан Сауранбаев допустил повышение тарифов на пригородные поезда в следующем году.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Нурлан Сауранбаев', 'повышение тарифов на пригородные поезда в следующем году']]);
  });

  it('gives a quote to whom the press service cites ("– сообщает пресс-служба … со ссылкой на X")', () => {
    const r = extractTexts(['«Сети изношены на 80%, их нужно менять», – сообщает пресс-служба акимата со ссылкой на заместителя акима Бауыржана Ахметова.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Бауыржан Ахметов']);
  });

  it('reads an official document\'s name order (surname, name, patronymic) after a role as the whole name', () => {
    const r = extractTexts(['Аким района Жумабеков Ерлан Серикович сообщил, что ремонт школы завершат в августе.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Жумабеков Ерлан Серикович']);
  });

  it('reads the name after "По словам <роль> АО «…»" in the nominative', () => {
    const r = extractTexts(['По словам председателя правления АО «Казахтелеком» Бағдата Мусина, связь проведут во все села до 2027 года.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Бағдат Мусин']);
  });

  it('reads the author\'s own "Ранее мы сообщали, что …", "Напомню, что …" as narration, not as anyone\'s statement', () => {
    const r = extractTexts([
      'Напомню, что в прошлом году тарифы на электроэнергию выросли на 18 процентов.',
      'Ранее мы сообщали, что в Павлодаре без горячей воды остались около 8 тысяч жителей.',
      'Аким Павлодара Асаин Байханов заявил, что горячую воду дадут к пятнице.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Асаин Байханов', 'горячую воду дадут к пятнице']]);
  });

  it('reads past a name in quotation marks between the cue and "что" ("заявил в эфире телеканала «Хабар 24», что")', () => {
    const r = extractTexts(['Днем министр энергетики Алмас Садыков заявил в эфире телеканала «Qazaq TV», что цены на бензин не вырастут до весны.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Алмас Садыков', 'цены на бензин не вырастут до весны']]);
  });

  it('gives the dash line after "X задал вопрос министру:" to X, and after "На вопрос X министр ответил:" to the minister', () => {
    const r = extractTexts([
      'Депутат Мажилиса Айдос Сарым обратился к министру здравоохранения Жанне Ашимовой:',
      '– Когда в районных больницах появятся аппараты МРТ, которые обещают уже третий год?',
      'На вопрос депутата о сроках министр здравоохранения Жанна Ашимова ответила:',
      '– Первые двенадцать аппаратов поставят в районы до конца лета, остальные – в следующем году.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айдос Сарым', 'Жанна Ашимова']);
  });

  it('takes the word after "улице", "селе" for a place, not for the first name of the person named after it', () => {
    const r = extractTexts(['«Свет отключают каждый вечер», – рассказывает пенсионер из дома на улице Сейфуллина Марат Оспанов.']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Марат Оспанов']);
  });

  it('gives "По словам женщины" to the woman quoted just before', () => {
    const r = extractTexts([
      '«Автобус не пришел ни разу за неделю», – рассказывает жительница поселка Айгуль Нурланова.',
      'По словам женщины, до райцентра теперь приходится добираться на такси.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айгуль Нурланова', 'Айгуль Нурланова']);
  });

  it('takes no headline "Тенге, ставка и терпение: …, чем обещают" for a quote: nobody speaks in it', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Цены, зарплаты и долги: почему кредиты дорожают быстрее, чем обещают' },
      'Председатель Нацбанка Тимур Сулейманов заявил, что ставка останется на прежнем уровне.',
    ]);
    expect(r.quotes.filter((q) => q.kind === 'headline')).toEqual([]);
  });

  it('gives a quotation the name in parentheses after it ("«…» (Б. Сейдахметов, заседание правительства)")', () => {
    const r = extractTexts([
      'Министр финансов Мадина Абылкасымова выступила в Мажилисе.',
      '«Дефицит бюджета в этом году не превысит трех процентов ВВП» (М. Абылкасымова, пленарное заседание, 12 марта).',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Мадина Абылкасымова', 'Дефицит бюджета в этом году не превысит трех процентов ВВП']]);
  });

  it('gives what a group says to the group as the text calls it ("Аналитики полагают, что …")', () => {
    const r = extractTexts(['Аналитики полагают, что базовая ставка останется на уровне 16,5% до лета.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['аналитики', 'базовая ставка останется на уровне 16,5% до лета']]);
    expect(r.speakers).toEqual([]);
  });

  it('называет «министерство» по министру, названному до него ("министр просвещения X … В министерстве уточнили")', () => {
    const r = extractTexts([
      'Министр просвещения Гани Бейсембаев посетил новую школу в Туркестане.',
      'В министерстве уточнили, что до конца года в области откроют еще 12 школ.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Министерство просвещения']);
  });

  it('читает пункты списка после "Основные заявления министра:" как заявления министра', () => {
    const r = extractTexts([
      'Главные заявления министра энергетики Алмаса Садыкова:',
      { kind: 'list-item', text: 'цены на бензин до конца года не вырастут;' },
      { kind: 'list-item', text: 'новый нефтеперерабатывающий завод начнут строить в 2027 году.' },
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Алмас Садыков', 'цены на бензин до конца года не вырастут'],
      ['Алмас Садыков', 'новый нефтеперерабатывающий завод начнут строить в 2027 году'],
    ]);
  });

  it('reads a company named «…«…»» inside a statement and an outlet told in «…» before a long role ("рассказал «Курсиву» заместитель председателя … X")', () => {
    const r = extractTexts([
      'Продажа акций АО «Национальная компания «Казахстан инжиниринг» (КИ) пройдет в 2027 году, рассказал «Курсиву» заместитель председателя правления компании по экономике и финансам Марат Жанатов.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Марат Жанатов']]);
  });

  it('reads a Kazakh compound first name with its last piece alone declined ("Касым-Жомарта Ахметова" is Касым-Жомарт Ахметов)', () => {
    const r = extractTexts(['По словам министра Касым-Жомарта Ахметова, дорогу достроят к осени.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Касым-Жомарт Ахметов']);
  });

  it('reads "Как сообщало агентство, …" as the outlet\'s own earlier report, nobody\'s statement', () => {
    const r = extractTexts(['Как сообщало агентство, в октябре на границе скапливалось до двух тысяч грузовиков.']);
    expect(r.quotes).toEqual([]);
  });

  it('gives a quotation over two paragraphs, each opening with «, to the speaker named before its first mark', () => {
    const r = extractTexts([
      'Министр транспорта Нурлан Сауранбаев провел брифинг. Отвечая на вопрос о сроках, глава министерства сказал: «Мы не торопимся. Проект готов примерно на 90 процентов.',
      '«Рассчитываем, что дорогу откроют весной. После этого начнется второй этап»',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([['Нурлан Сауранбаев', 'Мы не торопимся. Про']]);
  });

  it('reads "подтвердил, что …" as reported speech, and "Там также отметили" as the body named before', () => {
    const r = extractTexts([
      'Аким района Серик Омаров подтвердил, что школу откроют в сентябре.',
      'В ответе пресс-службы компании говорится, что ремонт завершат к маю. Там также отметили, что на работы выделили 2 млрд тенге.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Серик Омаров', 'школу откроют в сентябре'],
      ['пресс-служба компании', 'ремонт завершат к маю'],
      ['пресс-служба компании', 'на работы выделили 2 млрд тенге'],
    ]);
  });

  it('reads "объяснил, какие … и что будет …" as a list of topics, no statement', () => {
    const r = extractTexts(['В интервью председатель правления банка Ерлан Сагадиев объяснил, какие проекты банк готов кредитовать, почему ужесточил требования и что будет со ставками.']);
    expect(r.quotes).toEqual([]);
  });

  it('gives "Как сообщает пресс-служба акимата, …" to the press service, and "Как сообщает Tengrinews.kz" to no one', () => {
    const r = extractTexts([
      'Как сообщает пресс-служба акимата, новая школа примет первых учеников в сентябре.',
      'Как сообщает Tengrinews.kz, в городе открыли еще две поликлиники.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['пресс-служба акимата', 'новая школа примет первых учеников в сентябре']]);
  });

  it('reads a block quotation introduced by "написал в своем Telegram-канале:" as the writer\'s own words', () => {
    const r = extractTexts([
      'Депутат Мажилиса Ерлан Саиров написал в своем Telegram-канале:',
      { kind: 'quote', text: 'Люди месяцами ждут выплат. Министерство должно объяснить, почему сроки не соблюдаются.' },
      { kind: 'quote', text: 'Я направил депутатский запрос.' },
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker, q.text.slice(0, 25)])).toEqual([['direct', 'Ерлан Саиров', 'Люди месяцами ждут выплат']]);
  });

  it('keeps a ministry\'s fields listed with commas in the role ("министр цифрового развития, инноваций и … X")', () => {
    const r = extractTexts(['Министр промышленности, торговли и интеграции Канат Шарлапаев заявил, что экспорт вырастет на 8%.']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Канат Шарлапаев', 'Министр промышленности, торговли и интеграции']]);
  });

  it('reads "рассказал «…», почему … и что изменится" as topics, no statement', () => {
    const r = extractTexts(['Вице-министр водных ресурсов Нурлан Алдамжаров рассказал «Степному репортеру», почему каналы пустеют летом и что изменится к 2027 году.']);
    expect(r.quotes).toEqual([]);
  });

  it('reads dash lines ending with ";" after "Министр также отметил:" as one reported statement, not as dialogue', () => {
    const r = extractTexts([
      'Министр энергетики Алмас Садыков выступил на форуме.',
      'Министр также отметил:',
      '– к 2028 году построят три новые ТЭЦ;',
      '– тарифы на тепло в этом году не изменятся;',
      '– программу модернизации сетей продлят до 2030 года.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Алмас Садыков']]);
    expect(r.quotes[0]!.text).toContain('тарифы на тепло в этом году не изменятся');
  });

  it('gives "…, сообщили Курсиву в пресс-службе министерства" to the press service, not to the outlet told', () => {
    const r = extractTexts(['Дефицита топлива в стране нет, сообщили Курсиву в пресс-службе Министерства энергетики.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['пресс-служба Министерства энергетики']);
  });
  it('gives "В АЗРК заявили" to the body named by its short name, but not "министр на брифинге в СЦК рассказала"', () => {
    const r = extractTexts([
      'Министр финансов Асем Жунусова на брифинге в СЦК рассказала о бюджете. В АФМ заявили, что проверят обоснованность повышения цен.',
      'По ее словам, дефицит бюджета сократится до 2,1% ВВП.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['АФМ', 'проверят обоснованность повышения цен'],
      ['Асем Жунусова', 'дефицит бюджета сократится до 2,1% ВВП'],
    ]);
  });

  it('names a company by its name in quotation marks ("В компании «КазТрансОйл» сообщили")', () => {
    const r = extractTexts(['В компании «ТрансГазСервис» сообщили, что тариф на транспортировку вырастет на 12%.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['компания «ТрансГазСервис»']);
  });

  it('gives "говорит эксперт" to the analyst named before (experts and analysts are one class of role)', () => {
    const r = extractTexts([
      'Аналитик инвестиционной компании «Альфа Капитал» Иван Петров считает, что цены вырастут на 15%.',
      'Министр энергетики Алмас Садыков заявил, что дефицита топлива нет.',
      'Такое повышение для рынка неизбежно, говорит эксперт.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Иван Петров', 'Алмас Садыков', 'Иван Петров']);
  });
  it('finds a lead\'s reported statement whose trailing cue has a circumstance with a place ("заявил в четверг на пресс-конференции в Астане вице-премьер X")', () => {
    const r = extractTexts(['Экспорт угля в этом году не сократится, заявил во вторник на совещании в Караганде заместитель премьер-министра Серик Абенов.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Серик Абенов', 'Экспорт угля в этом году не сократится']]);
  });

  it('gives "добавил вице-премьер" to the deputy prime minister named as "заместитель премьер-министра", not to a body named later', () => {
    const r = extractTexts([
      'Цены на газ не изменятся до весны, заявил заместитель премьер-министра Серик Абенов.',
      '«Запасов хватит на всю зиму», — добавил вице-премьер.',
      'В Telegram-канале Минэнерго Казахстана позже уточнили, что тариф пересмотрят летом.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Серик Абенов', 'Серик Абенов', 'Минэнерго Казахстана']);
  });

  it('reads "Ожидается, что …" as the writer\'s own words, and "допускал, что" as speech', () => {
    const r = extractTexts(['Ожидается, что к системе подключат таможенные посты. Ранее министр финансов Асем Жунусова допускала, что налоги могут быть пересмотрены.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Асем Жунусова', 'налоги могут быть пересмотрены']]);
  });

  it('gives "В пресс-службе ведомства «Газете» сообщили" to the body named before, past the outlet told', () => {
    const r = extractTexts(['В Минфине России решение восприняли спокойно. В пресс-службе ведомства «Вечерней Газете» сообщили, что бюджет получит дополнительные доходы.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Минфин России']);
  });

  it('tells an oblast\'s akim from a district\'s by the role\'s complement ("аким области")', () => {
    const r = extractTexts([
      'Аким Туркестанской области Нурлан Сейткали встретился с фермерами.',
      'Аким Сайрамского района Бахыт Оспанов сообщил, что график подачи воды опубликован.',
      'Аким области заявил, что виновные в срыве графика ответят по закону.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Бахыт Оспанов', 'Нурлан Сейткали']);
  });
  it('names a body by its full name where its short name in parentheses stands alone ("Агентство … (АЗРК)", "В АЗРК заявили")', () => {
    const r = extractTexts([
      'За рынком вагонов следит Агентство по защите и развитию конкуренции (АЗРК).',
      'В АЗРК заявили, что проверят операторов вагонов.',
      '«Агентство начнет расследование», – говорится в сообщении агентства.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Агентство по защите и развитию конкуренции (АЗРК)', 'Агентство по защите и развитию конкуренции (АЗРК)']);
  });

  it('reads an interviewer\'s question in dash dialogue, answered by the next dash line, as no statement', () => {
    const r = extractTexts([
      'Председатель правления компании Ерлан Сатов ответил на вопросы журналистов.',
      '– Не получится ли так, что рост тарифа переложат на потребителей?',
      '– Платить будут все, кто пользуется сетью, это правда, – ответил Сатов.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([['Ерлан Сатов', 'Платить будут все, к']]);
  });

  it('links a short headline quotation to the body quotation it is an excerpt of, and gives it that speaker', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Платить будут все»: глава КТЖ объявил о повышении тарифов' },
      'Председатель правления компании Ерлан Сатов выступил на брифинге.',
      '«Платить будут все, кто пользуется сетью, но доля тарифа в цене товаров не превышает пяти процентов», – сказал Сатов.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['headline', 'Ерлан Сатов'], ['direct', 'Ерлан Сатов']]);
    expect(r.quotes[0]!.variantOf).toBe(r.quotes[1]!.id);
  });
  it('reads a dash line opening with an infinitive of speech ("– Говорить о …") as a quote, not as a cue', () => {
    const r = extractTexts([
      'С оценками коллеги не согласен депутат Мажилиса Кайрат Бекенов.',
      '– Говорить о тотальном дефиците некорректно. Перебои есть, но по отдельным наименованиям.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([['Кайрат Бекенов', 'Говорить о тотальном']]);
  });
  it('gives dash turns to the one the paragraph after them names ("Так закончил свое последнее слово X"), and ends them there', () => {
    const r = extractTexts([
      'Адвокат подсудимого Руслан Байжанов заявил, что вина не доказана.',
      '– Ваша честь, я 30 лет проработал на государственной службе. Я не брал ни одного тенге.',
      '– Да, я подписывал документы. Прошу суд меня оправдать.',
      'Так закончил свое последнее слово Серик Жаксылыков.',
      '«Приговор мы обжалуем», – сказал журналистам Байжанов после оглашения.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 15)])).toEqual([
      ['Руслан Байжанов', 'вина не доказан'],
      ['Серик Жаксылыков', 'Ваша честь, я 3'],
      ['Серик Жаксылыков', 'Да, я подписыва'],
      ['Руслан Байжанов', 'Приговор мы обж'],
    ]);
  });

  it('resolves "По его словам" past the people a quotation before it names', () => {
    const r = extractTexts([
      'Защита с позицией обвинения не согласилась. Адвокат подсудимого Руслан Байжанов заявил:',
      '«Обвинение построено на словах одного человека – директора подрядной организации, который сам заключил процессуальное соглашение. Ни одной купюры у моего подзащитного не нашли».',
      'По его словам, следствие так и не установило, куда были потрачены якобы полученные деньги.',
      'Напомним, директор ТОО «Тараз Су» Канат Абенов в 2025 году заключил с прокуратурой процессуальное соглашение.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Руслан Байжанов', 'Руслан Байжанов']);
  });

  it('reads "Прокурор попросил назначить …" as the prosecutor\'s request, but not a group\'s "попросили"', () => {
    const r = extractTexts([
      'Гособвинитель Данияр Мукашев подчеркнул, что вина доказана. Прокурор попросил назначить подсудимому 11 лет лишения свободы.',
      'Родители, пришедшие на встречу, попросили акимат решить вопрос с подвозом детей.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Данияр Мукашев', 'вина доказана'],
      ['Данияр Мукашев', 'назначить подсудимому 11 лет лишения свободы'],
    ]);
  });
  it('reads no infinitive as a trailing cue ("…, и еженедельно информировать Правительство о ходе работ")', () => {
    const r = extractTexts([
      'По итогам заседания Глава Правительства Даулет Ермекбаев поручил:',
      { kind: 'list-item', text: 'Министерству финансов ускорить освоение средств, выделенных на водоснабжение сел, и еженедельно информировать Правительство о ходе работ.' },
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Даулет Ермекбаев']);
  });

  it('states nothing with a question after a colon, and takes no adverb into a body\'s name ("Правительство снова")', () => {
    const r = extractTexts([
      { kind: 'lead', text: 'Правительство снова меняет правила для будущих пенсионеров. Разбираемся, кто выиграет от реформы.' },
      'Реформа нужна. Но если правительство хочет, чтобы ей поверили, начинать стоит не с новых процентов, а с честного ответа на простой вопрос: сколько получит человек, который всю жизнь работал официально?',
    ]);
    expect(r.quotes).toEqual([]);
  });
  it('reads a transcript labelled "Корр.:" and "А. Фамилия:" as questions and the named officials\' answers, and no dash line elsewhere as a turn', () => {
    const r = extractTexts([
      'Вице-министр культуры Айгерим Ержанқызы и директор фестиваля Нұрлан Сәрсенбаев ответили на вопросы журналистов.',
      '– Честно скажу, я сначала не поверил, что здесь будет такая арена, – сказал боксер Жандос Бекмұратов.',
      'Корр.: Не станет ли стадион очередным долгостроем?',
      'А. Ержанқызы: Нет. Мы заменили подрядчика, с новым заключен договор с жесткими штрафами.',
      'Корр.: Билеты на церемонию открытия будут стоить до 20 тысяч тенге. Это правда?',
      'Н. Сәрсенбаев: Это неправда. Вход на все конкурсные показы будет бесплатным.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      ['Жандос Бекмұратов', 'Честно скажу'],
      ['Айгерим Ержанқызы', 'Нет. Мы заме'],
      ['Нұрлан Сәрсенбаев', 'Это неправда'],
    ]);
  });

  it('keeps "Президента" in the complement of "руководитель Администрации Президента X", and reads "По словам главы государства" as one head of state', () => {
    const r = extractTexts([
      'Президент Алмазбек Эсенкулов провел заседание. Заседание вел руководитель Администрации Президента Нурбек Абдрахманов.',
      'По словам главы государства, цены на муку выросли на 18%.',
      'Президент отметил, что доходы бюджета превысили план.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Алмазбек Эсенкулов', 'Алмазбек Эсенкулов']);
  });

  it('gives a quotation standing alone to the one named last in "Так … прокомментировала …, лидер партии X", and takes "поручено" for no one\'s instruction', () => {
    const r = extractTexts([
      'Президент Алмазбек Эсенкулов потребовал стабилизировать цены. Службе экономической безопасности поручено вывести рынок из тени.',
      '«Президент в очередной раз устраивает публичную порку министров».',
      'Так на своей странице в Facebook прокомментировала выступление главы государства бывший депутат Жогорку Кенеша Гулнара Жумабаева.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 14)])).toEqual([
      ['Алмазбек Эсенкулов', 'стабилизироват'],
      ['Гулнара Жумабаева', 'Президент в оч'],
    ]);
  });
  it('reads АО «…» and ТОО «…» as a company\'s name, and "– добавил эксперт" as the one expert quoted', () => {
    const r = extractTexts([
      'Во вторник АО «Жетысу Кредит Банк» подтвердило инцидент с данными клиентов.',
      'Руководитель компании по кибербезопасности Руслан Оспанов изучил образец выгрузки.',
      '– Судя по структуре файла, это не взлом ядра банковской системы, – говорит Оспанов.',
      '– Но расслабляться клиентам рано, мошенникам этих данных достаточно, – добавил эксперт.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 10)])).toEqual([
      ['Руслан Оспанов', 'Судя по ст'],
      ['Руслан Оспанов', 'Но расслаб'],
    ]);
  });
  it('gives a quotation to the one "Так … рассказывает X" names after it, and a country before a name is no part of it', () => {
    const r = extractTexts([
      'Напомним, главный государственный санитарный врач Казахстана Марат Шарипов подписал постановление.',
      '«Сначала думали, что это обычная простуда. Температура под сорок, потом пошла сыпь».',
      'Так о болезни своего сына рассказывает жительница Тараза Жанар Абдрахманова.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Жанар Абдрахманова']);
    expect(r.speakers.map((s) => s.name)).not.toContain('Казахстана Марат Шарипов');
  });

  it('names "Минздрав" by the Министерство здравоохранения the page names, and skips a voice from the floor', () => {
    const r = extractTexts([
      'Министерство здравоохранения ответило на запрос редакции.',
      'В Минздраве пояснили, что вакцины в регионе достаточно.',
      '– А кто за это заплатит? Пенсионеры? – раздалось из зала.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Министерство здравоохранения', 'вакцины в регионе достаточно']]);
  });

  it('takes "Министр в ответ на предложение Байжанова заявил:" for the minister\'s words, not the one whose proposal it was', () => {
    const r = extractTexts([
      'Министр финансов Мадияр Жакупов представил проект. Депутат Мурат Байжанов предложил повышать ставку поэтапно.',
      'Министр финансов в ответ на предложение Байжанова заявил: «Мы считали разные сценарии, поэтапное повышение растянет дефицит».',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toContain('Мадияр Жакупов');
    expect(r.quotes.find((q) => q.text.startsWith('Мы считали'))?.speaker).toBe('Мадияр Жакупов');
  });

  it('reads an interview\'s vvodka for the lead, and a question quoting residents ("говорят, что …?") as a question', () => {
    const r = extractTexts([
      { kind: 'lead', text: 'Аким области Нурлан Сейткалиев ответил на вопросы газеты.' },
      'Вопросы о транспорте мы зададим акиму города Бауыржану Оспанову в следующем номере.',
      'Нурлан Жумабекович, что удалось сделать за год?',
      'Главное – мы вывели газопровод на проектную мощность.',
      'Жители районов говорят, что газ им обещают уже десять лет. Когда он придет?',
      'Я понимаю людей. «Газ придет до конца 2027 года», – говорю я им.',
      'Реально ли сократить очередь на жилье?',
      'Реально, но не быстро. В этом году мы сдадим 4 800 квартир.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 12)])).toEqual([
      ['Нурлан Сейткалиев', 'Главное – мы'],
      ['Нурлан Сейткалиев', 'Я понимаю лю'],
      ['Нурлан Сейткалиев', 'Реально, но '],
    ]);
  });
});

describe('Russian: the head of a ministry, and an agency told', () => {
  it('takes "– …, – сказал министр" for the "глава Минздрава" named before', () => {
    const r = extractTexts([
      'Вакцинацию от кори продлят до конца мая, сообщил глава Минздрава Арман Есенов на брифинге в Астане.',
      '– Мы закупили еще 400 тыс. доз вакцины, их доставят в регионы до 15 апреля, – сказал министр.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Арман Есенов', 'Арман Есенов']);
  });

  it('gives "…, сообщили РИА Восток в пресс-службе акимата области" to the press service, past the agency told', () => {
    const r = extractTexts(['Компенсация за утраченное имущество составит 100 тыс. тенге на человека, сообщили РИА Восток в пресс-службе акимата области.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['пресс-служба акимата области', 'Компенсация за утраченное имущество составит 100 тыс. тенге на человека']]);
  });
});

describe('Russian: business-daily typography and second references', () => {
  it('reads «A,— говорит господин X.— B» (dashes set close to the comma and the point) as one quote of X', () => {
    const r = extractTexts([
      'Генеральный директор АО «Степной Цемент» Тимур Оспанов с решением регулятора не согласен.',
      'Для компании ставки высоки. «Штраф в 4 млрд тенге — это почти вся наша прибыль за прошлый год,— говорит господин Оспанов.— Если решение устоит, вторую линию придется заморозить».',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Тимур Оспанов', 'Штраф в 4 млрд тенге — это почти вся наша прибыль за прошлый год. Если решение устоит, вторую линию придется заморозить']]);
  });

  it('reads "Она также обращает внимание, что …" as reported speech', () => {
    const r = extractTexts(['По мнению аналитика Камилы Ахметовой, шансы компании невелики. Она также обращает внимание, что компания сохранит около 60% регионального рынка.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Камила Ахметова', 'шансы компании невелики'],
      ['Камила Ахметова', 'компания сохранит около 60% регионального рынка'],
    ]);
  });

  it('reads "агентство уже предупреждало, что …" as the named agency\'s, and a bare "Как сообщало агентство" as no one\'s', () => {
    const r = extractTexts([
      'Агентство по защите и развитию конкуренции оштрафовало компанию на 4 млрд тенге.',
      'В феврале агентство уже предупреждало, что рост цен на цемент не может быть объяснен только издержками.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Агентство по защите и развитию конкуренции']);
    expect(extractTexts(['Как сообщало агентство, в феврале цены на цемент выросли на 23%.']).quotes).toEqual([]);
  });
});

describe('Russian: who a state visit report quotes', () => {
  it('reads "Заслушав доклад акима Марата Жумабаева, Глава государства отметил, что …" as the head of state\'s, and the akim keeps his role', () => {
    const r = extractTexts([
      'Глава государства Асылбек Тажибаев в рамках рабочей поездки посетил Павлодарскую область.',
      'Заслушав доклад акима области Марата Жумабаева, Глава государства отметил, что область должна стать лидером по выпуску продукции с высокой добавленной стоимостью.',
      'Президент поручил Правительству до конца года завершить модернизацию тепловых сетей.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Асылбек Тажибаев', 'Асылбек Тажибаев']);
  });

  it('gives "По его словам" to the subject of the sentence before, and "– поделился он" to the worker that sentence introduces', () => {
    const r = extractTexts([
      'Глава государства Асылбек Тажибаев посетил область. В акимате Президенту доложили об итогах года. Аким области Марат Жумабаев проинформировал Главу государства о ходе крупных проектов.',
      'По его словам, рост валового регионального продукта составил 5,8%, а инвестиции увеличились на 17%.',
      '«Промышленность – это фундамент экономики», – подчеркнул Глава государства.',
      'Президент также пообщался с работниками завода. Среди них – оператор стана Данияр Оспанов, который пришел на завод после колледжа.',
      '«Раньше мои одноклассники уезжали на заработки в другие города. Теперь работа есть здесь», – поделился он.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Марат Жумабаев', 'Асылбек Тажибаев', 'Данияр Оспанов']);
  });

  it('takes "Стоит отметить, что …" and "Следует подчеркнуть, что …" for the writer\'s own words', () => {
    const r = extractTexts(['Стоит отметить, что завод был запущен в 2023 году. Следует подчеркнуть, что министр не ответил на вопросы о сроках.']);
    expect(r.quotes).toEqual([]);
  });
});

describe('Russian: a regional report with residents, a department and an akim', () => {
  it('names "Департамент экологии по Алматинской области" and "в Счетном комитете" in full', () => {
    const r = extractTexts([
      'Департамент экологии по Алматинской области сообщил, что повторная проверка полигона назначена на декабрь.',
      'Ранее в Счетном комитете сообщили, что 18 млрд тенге выплат перечислено с нарушениями.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Департамент экологии по Алматинской области', 'Счетный комитет']);
  });

  it('carries a dash quote into the next paragraph past words it quotes («все в норме»), to the cue that ends it', () => {
    const r = extractTexts([
      '– Мы живем на этой улице с 1986 года. А сейчас летом дышать уже нечем.',
      'Мы писали везде. Приезжали, постояли, сказали «все в норме» и уехали. Если все в норме, пусть аким сам здесь поживет, – говорит пенсионерка Гульнара Сейтказиева.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 12), q.text.slice(-12)])).toEqual([['Гульнара Сейтказиева', 'Мы живем на ', 'десь поживет']]);
  });

  it('takes "«Дышать уже нечем». Жители Талгара вышли …" for the body\'s speaker of those words, not for Талгар', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Дышать уже нечем». Жители Талгара вышли против полигона у города' },
      'У акимата собрались около ста жителей Талгара и активисты инициативы «Жасыл Талгар».',
      '– А сейчас летом дышать уже нечем, окна не открываем, – говорит пенсионерка Гульнара Сейтказиева.',
    ]);
    expect(r.quotes.find((q) => q.kind === 'headline')?.speaker).toBe('Гульнара Сейтказиева');
  });

  it('reads "телефон, указанный на сайте компании" as no cue', () => {
    const r = extractTexts(['Связаться с руководством компании не удалось: телефон, указанный на сайте компании, не отвечает.']);
    expect(r.quotes).toEqual([]);
  });
});

describe('Russian: the agency\'s interlocutor', () => {
  it('gives "– пояснил собеседник агентства" to the one who spoke to the agency, not to the agency', () => {
    const r = extractTexts([
      'Председатель правления QazaqGaz Асхат Туребеков сообщил агентству, что компания направит на модернизацию 214 млрд тенге.',
      '«Основной объем средств пойдет на замену газопроводов, которые эксплуатируются более 40 лет», – пояснил собеседник агентства.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Асхат Туребеков', 'Асхат Туребеков']);
  });
});

describe('Russian: an incident report', () => {
  it('reads "– сообщили в ДП города" and "В ДЧС города уточнили" as those bodies, and "сообщении ведомства" as the last one', () => {
    const r = extractTexts([
      '«На место выехали наряды полиции, движение временно ограничено», – сообщили в ДП города.',
      'В ДЧС города уточнили, что в результате взрыва частично обрушились перекрытия.',
      '«Из здания эвакуированы 46 человек, в том числе 12 детей», – говорится в сообщении ведомства.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['ДП', 'ДЧС', 'ДЧС']);
  });

  it('links a role over "№ 1" to its name, "главврач" to "главный врач", and a first name alone to the full name given later', () => {
    const r = extractTexts([
      'Главный врач городской больницы № 1 Бахытжан Оразалиев сообщил, что в больницу доставлены пятеро взрослых.',
      '– Двое мужчин находятся в реанимации в тяжелом состоянии, – сказал главврач.',
      'Жительница соседнего подъезда Айгерим выбежала на улицу с дочерью. Корреспонденту газеты она рассказала:',
      '– Сначала подумала, что землетрясение. Стекла посыпались прямо на кровать.',
      'Айгерим Сапарова живет в этом доме с 2015 года.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Бахытжан Оразалиев', 'Бахытжан Оразалиев', 'Айгерим Сапарова']);
  });
});

describe('Russian: instructions with their addressee, partners and deadline', () => {
  it('reads "поручил X совместно с РГП «…» до 1 апреля завершить …" and a long addressee before the infinitive', () => {
    const r = extractTexts([
      'По итогам совещания Министр водных ресурсов Нуржан Толеуханов поручил акиматам областей совместно с РГП «Казводхоз» до 1 апреля завершить ремонт насосных станций.',
      'Премьер-министр Арман Жаксыбеков поручил Министерству торговли и интеграции совместно с акиматами до 1 июня завершить формирование стабилизационных фондов.',
      'Нетрудно заметить, что похожие обещания звучали и в 2023 году.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([['Нуржан Толеуханов', 'поручил'], ['Арман Жаксыбеков', 'поручил']]);
  });
});

describe('Russian: a document\'s author', () => {
  it('gives "В заявлении говорится, что …" and "– отмечается в заявлении" to the company named before, "АО «…»", not to the deputy quoted last', () => {
    const r = extractTexts([
      'Депутат Жанар Оспанова написала, что тарифы растут без всякой отдачи.',
      'В АО «ЖарыкТранзит», которое обслуживает сети области, с критикой депутата не согласны. В распространенном в понедельник заявлении говорится, что в 2026 году компания заменила 318 км линий.',
      '«Без корректировки тарифа выполнить инвестиционную программу невозможно», – отмечается в заявлении.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Жанар Оспанова', 'АО «ЖарыкТранзит»', 'АО «ЖарыкТранзит»']);
  });

  it('takes the ministry whose answer a paragraph names, not the agency that holds a copy', () => {
    const r = extractTexts([
      'Депутат Айгерим Нурланова направила запрос о нехватке лекарств.',
      'Ответ Министерства здравоохранения поступил депутату 12 марта, его копия имеется в распоряжении агентства.',
      '«Обеспеченность лекарственными средствами составляет 94,3%», – отмечается в ответе.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Министерство здравоохранения']);
  });
});

describe('Russian: posts, partners and the outlet told', () => {
  it('gives "X на посту главного тренера" the post, and "тренера и капитан сборной Y" two people', () => {
    const r = extractTexts([
      'Исполнительный комитет федерации решил сохранить Мирослава Коваржика на посту главного тренера сборной.',
      'Тренер подчеркнул, что не подаст в отставку по собственному желанию.',
      'Поддержал тренера и капитан сборной Темирлан Абдрахманов. По словам Абдрахманова, игроки сами попросили провести дополнительные сборы.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Мирослава Коваржика', 'Темирлан Абдрахманов']);
  });

  it('reads "В пресс-службе АЗИМ агентству сообщили, что …" as the press service\'s, not the agency\'s', () => {
    const r = extractTexts(['В пресс-службе АЗИМ агентству сообщили, что производство на время тушения приостановлено.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['пресс-служба АЗИМ']);
  });
});

describe('Russian: a deputy chairman written short', () => {
  it('takes "– отметил зампред агентства" for the deputy chairman named before, not the agency', () => {
    const r = extractTexts([
      'Заместитель председателя Агентства по регулированию финансового рынка Тимур Оспанов рассказал о новых правилах.',
      '«Мы не запрещаем кредитовать, – отметил зампред агентства. – Мы запрещаем кредитовать тех, кто уже не может платить».',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Тимур Оспанов']);
  });
});

describe('Russian: "глава X" among several officials of X', () => {
  it('takes the verb\'s gender and the body into account, and the head, not the deputy', () => {
    const r = extractTexts([
      'Регулятор не видит оснований для смягчения политики, заявила председатель Нацбанка Айгерим Сарсенова.',
      'Заместитель председателя Нацбанка Данияр Касымов также присутствовал на встрече.',
      '– Мы видим, что рост цен не замедляется, – сказала глава Нацбанка.',
      'Председатель комитета по финансовому рынку Глеб Тарханов и первый заместитель председателя комитета Степан Куликов выступили на заседании.',
      'Глава комитета пообещал, что поправки будут собирать 30 дней.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айгерим Сарсенова', 'Айгерим Сарсенова', 'Глеб Тарханов']);
  });
});

describe('Russian: a company named with its legal form, its short name and its bare noun', () => {
  it('gives "— добавили в компании" to the company named in full before, through the marks around its name', () => {
    const r = extractTexts([
      'АО «Южная энергетическая компания» с 1 апреля повысит тариф на передачу электроэнергии на 12%.',
      '«Без нового тарифа мы не заменим даже изношенные трансформаторы», — добавили в компании.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['АО «Южная энергетическая компания»']);
  });

  it('ends a body\'s noun at the verb after it: "подстанций компании эксплуатируются" names the company, not "компания эксплуатируются"', () => {
    const r = extractTexts([
      'Тарифы на передачу электроэнергии в регионе вырастут с весны.',
      'Около половины подстанций компании эксплуатируются более 30 лет. «Без нового тарифа мы не заменим даже изношенные трансформаторы», — добавили в компании.',
    ]);
    expect(r.speakers.map((s) => s.name).join(' ')).not.toContain('эксплуатируются');
  });

  it('takes a short name in parentheses that a comma goes on from ("(ЮЭК, входит в …)") for the company\'s', () => {
    const r = extractTexts([
      'АО «Южная энергетическая компания» (ЮЭК, входит в холдинг «Самрук-Энерго») с 1 апреля повысит тариф на 12%.',
      'В ЮЭК заявили, что ремонт сетей в области начнется весной.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['АО «Южная энергетическая компания» (ЮЭК)']);
  });

  it('does not give the company the short name of "региональные сетевые компании (РСК)", a group its bare noun begins', () => {
    const r = extractTexts([
      'АО «Южная энергетическая компания» с 1 апреля повысит тариф на передачу электроэнергии на 12%.',
      'Аналитик Марат Садыков отметил, что вслед за ней тарифы пересмотрят и региональные сетевые компании (РСК).',
      '«Без нового тарифа мы не заменим даже изношенные трансформаторы», — добавили в компании.',
    ]);
    expect(r.speakers.map((s) => s.name)).toContain('АО «Южная энергетическая компания»');
    expect(r.speakers.map((s) => s.name).join(' ')).not.toContain('РСК');
  });

  it('reads a state body\'s long name in marks after "ГУ" as the complement of the role before it', () => {
    const r = extractTexts([
      'Суд вынес приговор бывшему руководителю ГУ «Управление пассажирского транспорта и автомобильных дорог города» Ерлану Сапарову.',
      '– Я не брал ни одного тенге, – заявил Сапаров в последнем слове.',
    ]);
    expect(r.speakers[0]!.name).toBe('Ерлан Сапаров');
    expect(r.speakers[0]!.role).toContain('ГУ «Управление пассажирского транспорта');
  });
});

describe('Russian: the author\'s words after a line of dialogue', () => {
  it('takes "огласила приговор судья X" and "зачитал решение судья X" for the judge\'s words', () => {
    const r = extractTexts([
      'Бывший аким района Нурлан Бекболатов вину не признал.',
      '– Признать Бекболатова Нурлана Сериковича виновным и назначить ему наказание в виде лишения свободы сроком на пять лет, – огласила приговор судья Динара Мусина.',
      '– Апелляционную жалобу оставить без удовлетворения, – зачитал решение судья Аскар Ермеков.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(-10)])).toEqual([['Динара Мусина', 'на пять лет'.slice(-10)], ['Аскар Ермеков', 'довлетворения'.slice(-10)]]);
  });

  it('cuts the quote at ", – вздыхает пенсионерка X" though the lexicon does not list the verb, and gives it to her', () => {
    const r = extractTexts(['– Автобус не пришел ни разу за всю неделю, а до поликлиники шесть километров, – вздыхает пенсионерка Галина Петренко.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Галина Петренко', 'Автобус не пришел ни разу за всю неделю, а до поликлиники шесть километров']]);
  });

  it('takes a headline\'s "экс-аким района" for the former akim the body names', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Денег из бюджета я не брал»: экс-аким района получил пять лет' },
      'Бывший аким района Нурлан Бекболатов вину не признал.',
      '– Я ни в чем не виноват и буду обжаловать приговор, – сказал Бекболатов после заседания.',
    ]);
    expect(r.quotes.find((q) => q.kind === 'headline')?.speaker).toBe('Нурлан Бекболатов');
  });
});

describe('Russian: a private person named by her first name alone', () => {
  it('gives "– …, – говорит местная жительница Айгуль" to Айгуль, and no place after "жительница поселка" to anyone', () => {
    const r = extractTexts([
      '– Воду привозят раз в неделю, и ее не хватает даже на полив, – рассказала жительница поселка Алгабас.',
      'В соседнем селе жалуются на транспорт.',
      '– Автобус не пришел ни разу за всю неделю, а до поликлиники шесть километров, – говорит местная жительница Айгуль.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([null, 'Айгуль']);
  });
});


describe('Russian: a member of parliament called by the members\' role', () => {
  it('gives "– подчеркнул депутат" to the secretary of a Mazhilis committee named before', () => {
    const r = extractTexts([
      'Секретарь комитета Мажилиса по аграрным вопросам Айдос Сарыбаев выступил на заседании в среду.',
      '– Фермеры снова не получат субсидии до начала посевной, – подчеркнул депутат.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айдос Сарыбаев']);
  });
});

describe('Russian: "в ведомстве" after a ministry and a company', () => {
  it('takes the ministry named before for "ведомство", not a company named after it', () => {
    const r = extractTexts([
      'Депутат Мажилиса раскритиковал Министерство энергетики за перебои с топливом на заправках.',
      '– Платит за это в итоге водитель, а не компания, которая продает бензин, – сказал депутат журналистам.',
      'В ведомстве заявили, что дефицита топлива в стране нет.',
    ]);
    expect(r.quotes.find((q) => q.kind === 'indirect')?.speaker).toBe('Министерство энергетики');
  });
});

describe('Russian: a quotation over three paragraphs with a quotation inside it', () => {
  it('follows «… ¶ … „…“ … ¶ …» to its closing mark, the inner marks no end of it', () => {
    const r = extractTexts([
      'Экономист Сауле Нуркенова считает, что поправки запоздали.',
      '«Прибавка в две тысячи тенге для сельской пенсионерки – ощутимые деньги. Но базовая пенсия целиком финансируется из бюджета.',
      'Вторая часть поправок гораздо важнее. Женщины годами выходили на пенсию с „дырой“ в стаже и получали меньше мужчин.',
      'Без роста реальных зарплат система все равно будет держаться на трансфертах», – сказала Нуркенова.',
    ]);
    const quote = r.quotes.find((q) => q.kind === 'direct')!;
    expect(quote.speaker).toBe('Сауле Нуркенова');
    expect(quote.text).toContain('Вторая часть поправок');
    expect(quote.text.endsWith('держаться на трансфертах')).toBe(true);
  });
});

describe('Russian: a company\'s spokeswoman, its written answer and the outlet told', () => {
  it('reads "Пресс-секретарь «Х» Имя Фамилия" as her role and name, so "– сказала она" is hers', () => {
    const r = extractTexts([
      'Пресс-секретарь «Степь Логистикс» Жанна Оспанова факт переговоров подтвердила.',
      '– Мы действительно ищем стратегического партнера для терминала, – сказала она журналистам. – Но говорить о цене пока преждевременно.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Жанна Оспанова']);
    expect(r.speakers[0]!.role).toBe('Пресс-секретарь «Степь Логистикс»');
  });

  it('gives "– говорится в ответе АЗРК" to the agency whose short name follows the document', () => {
    const r = extractTexts([
      'Аналитик Дина Сарсенова считает сделку выгодной для обеих сторон.',
      'Сделку придется согласовывать с Агентством по защите и развитию конкуренции (АЗРК).',
      '«Любая сделка, в результате которой один оператор получит контроль над портом, будет рассматриваться отдельно», – говорится в ответе АЗРК на запрос редакции.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Агентство по защите и развитию конкуренции (АЗРК)']);
  });

  it('takes "В агентстве «Деловому курсу» сообщили" for the agency, the declined title for the outlet told', () => {
    const r = extractTexts([
      'Сделку придется согласовывать с Агентством по защите и развитию конкуренции (АЗРК).',
      'В агентстве «Деловому курсу» сообщили, что ходатайство о ее согласовании пока не поступало.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Агентство по защите и развитию конкуренции (АЗРК)']);
  });
});

describe('Russian: names and places after a role', () => {
  it('gives "Серикбаем" (as "Николаем") a given name in -й, never one with a soft sign after a vowel', () => {
    const r = extractTexts([
      'Вместе с акимом сельского округа Серикбаем Абдрахмановым корреспондент проехал по улицам села.',
      '– Воду в каждый дом подадут до конца года, – сказал Абдрахманов.',
    ]);
    expect(r.speakers.map((s) => s.name)).toEqual(['Серикбай Абдрахманов']);
  });

  it('reads "аким Экибастуза ответил" as the akim of a place, not a person named Экибастуза', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Трубы поменяем до холодов»: аким Экибастуза ответил на вопросы жителей' },
      'Аким Экибастуза Канат Ермеков встретился с жителями микрорайона в пятницу.',
      '– Трубы поменяем до холодов, это я вам обещаю, – ответил аким.',
    ]);
    expect(r.quotes.find((q) => q.kind === 'headline')?.speaker).toBe('Канат Ермеков');
    expect(r.speakers.map((s) => s.name)).toEqual(['Канат Ермеков']);
  });
});

describe('Russian: a place after a preposition before a whole name', () => {
  it('gives "– …, – рассказала учительница из Шымкента Динара Абенова" to Динара Абенова, not to "Шымкента Динар Абенов"', () => {
    const r = extractTexts(['– Зарплату подняли, но за квартиру я теперь плачу почти половину от нее, – рассказала учительница из Шымкента Динара Абенова.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Динара Абенова']);
  });
});

describe('Russian: a company named after a legal form abbreviation', () => {
  it('reads «…» after "УК" as the company\'s name, not a quote, and keeps the analyst\'s reported words and quote apart', () => {
    const r = extractTexts([
      'Эксперты настроены осторожнее. Мадина Жунусова из УК «Алатау Инвест» полагает, что рост прибыли обеспечили разовые доходы. «Повторить такой результат в следующем году будет трудно»,— говорит госпожа Жунусова.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker, q.text.slice(0, 20)])).toEqual([
      ['indirect', 'Мадина Жунусова', 'рост прибыли обеспеч'],
      ['direct', 'Мадина Жунусова', 'Повторить такой резу'],
    ]);
  });
});

describe('Russian: the headline names the role, the lead the person', () => {
  it('gives "Премьер-министр подчеркнул, что …" to the one the lead names with the headline\'s words', () => {
    const r = extractTexts([
      { kind: 'headline', text: 'Премьер-министр провел совещание по подготовке к паводкам' },
      'Данияр Сериков провел совещание по подготовке к паводкам в Правительстве.',
      'Аким Атырауской области Марат Оспанов доложил, что в области укреплено 40 километров дамб.',
      'Премьер-министр подчеркнул, что все гидротехнические сооружения должны быть проверены до конца марта.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Марат Оспанов', 'Данияр Сериков']);
  });
});

describe('Russian: a role whose nominative has a vowel its other cases drop', () => {
  it('gives "По словам посла, …" to the ambassador named before ("посол" / "посла")', () => {
    const r = extractTexts([
      '– Турецкие компании готовы вложить в регион еще два миллиарда долларов, – сказал посол Казахстана в Турции Ерлан Кенжебаев.',
      'По словам посла, первые проекты будут запущены в Туркестанской области уже весной.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Кенжебаев', 'Ерлан Кенжебаев']);
  });
});

describe('Russian: a body, its field and then the holder\'s name in a role', () => {
  it('gives "председатель комиссии Мажилиса по бюджету Асель Ермекова заявила, что …" to Асель Ермекова, not to the Mazhilis', () => {
    const r = extractTexts(['Заместитель председателя комиссии Мажилиса Парламента по бюджету и финансам Асель Ермекова заявила, что поправки будут рассмотрены до конца сессии.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Асель Ермекова']);
  });
});

describe('Russian: a headline that places its words in a body', () => {
  it('gives "«…»: в Минздраве ответили …" to the vice minister who says them in the body, and "… – Минздрав" to the ministry', () => {
    const body = [
      'Вице-министр здравоохранения Алия Сарсенова на брифинге ответила на вопросы о поставках вакцин.',
      '– Дефицита вакцин от гриппа в этом сезоне не будет, все регионы получат их до ноября, – сказала Сарсенова.',
    ];
    const placed = extractTexts([{ kind: 'headline', text: '«Дефицита вакцин не будет»: в Минздраве ответили на жалобы родителей' }, ...body]);
    expect(placed.quotes.find((q) => q.kind === 'headline')?.speaker).toBe('Алия Сарсенова');
    const named = extractTexts([{ kind: 'headline', text: 'Дефицита вакцин от гриппа в этом сезоне не будет – Минздрав' }, ...body]);
    expect(named.quotes.find((q) => q.kind === 'headline')?.speaker).not.toBe('Алия Сарсенова');
  });
});

describe('Russian: a place between the words that describe a private person and her first name', () => {
  it('gives "– …, – говорит жительница Талгара Айнур" to Айнур, not to "Талгара Айнур"', () => {
    const r = extractTexts(['– Автобус до города теперь ходит раз в час, а раньше ходил каждые двадцать минут, – говорит жительница Талгара Айнур.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айнур']);
  });
});

describe('Russian: a headline whose quotation is followed by a role in another case', () => {
  it('gives "«…»: министра энергетики отправили в отставку" to the one who says the words in the body, not to the minister', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Тарифы вырастут на десять процентов»: министра энергетики отправили в отставку' },
      'Министр энергетики Алмасбек Садыков освобождён от должности указом президента.',
      'Глава антимонопольного ведомства Серик Жумангарин сказал журналистам: «Тарифы вырастут на десять процентов в следующем году».',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['headline', 'Серик Жумангарин'],
      ['direct', 'Серик Жумангарин'],
    ]);
  });
});

describe('Russian: a body after a preposition between the speaker and the verb', () => {
  it('gives "Адвокат Ерлан Касымов в суде заявил: «…»" to the lawyer, not to the court', () => {
    const r = extractTexts([
      'Районный суд Алматы вынес приговор водителю.',
      'Адвокат подсудимого Ерлан Касымов в суде заявил: «Мой подзащитный вину признаёт частично, но запись с камеры не доказывает, что он проехал на красный».',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Касымов']);
  });
});

describe('Russian: a name in quotation marks before the cue clause', () => {
  it('keeps «Капитал Инвест» and «Деловой Неделе» out of the quotation the analyst introduces with a colon', () => {
    const r = extractTexts([
      'Партнёр компании «Капитал Инвест» Ольга Ремезова в разговоре с «Деловой Неделей» заявила: «Снижение порога – это не подарок, а возможность потратить сегодня деньги на пенсию».',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Ольга Ремезова', 'Снижение порога – это не подарок, а возможность потратить сегодня деньги на пенсию']]);
  });
});

describe('Russian: a capitalised adjective before the kind of place it names', () => {
  it('gives "Аким Жанааркинского района Ерлан Досов пояснил, что …" to the akim after "Отстаёт Жанааркинский район"', () => {
    const r = extractTexts([
      'Быстрее всех убирают хлеб в северных районах. Отстаёт Жанааркинский район: здесь убрано лишь 40 процентов посевов.',
      'Аким Жанааркинского района Ерлан Досов пояснил, что отставание связано с затяжными дождями в сентябре.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ерлан Досов']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Ерлан Досов']);
  });
});

describe('Russian: words in the instrumental after a body\'s noun', () => {
  it('does not name the company "компания новыми убытками" after "обернется для компании новыми убытками"', () => {
    const r = extractTexts([
      '«Мы приостанавливаем строительство до конца переговоров с подрядчиком», — говорится в сообщении компании.',
      'По словам аналитика Марии Ким, пауза обернется для компании новыми убытками в размере 10 млн долларов.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['компания', 'Мария Ким']);
  });
});

describe('Russian: a passive quoting verb with where the words are quoted', () => {
  it('gives "«…», — приводятся в пресс-релизе слова председателя правления X" to the chairman', () => {
    const r = extractTexts(['«Мы сохраняем инвестиционную программу и не сокращаем персонал», — приводятся в пресс-релизе слова председателя правления банка Алихана Жумабекова.']);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Алихан Жумабеков']]);
  });
});

describe('Russian: an outlet that cites a source, at the start of the sentence', () => {
  it('gives "Как пишет Reuters со ссылкой на Минфин, …" to the ministry and "… со ссылкой на источники, …" to no one named', () => {
    const r = extractTexts([
      'Как пишет Reuters со ссылкой на министерство финансов, дефицит бюджета в этом году составит 2,1% ВВП.',
      'Как сообщает Bloomberg со ссылкой на источники в отрасли, компания может отложить выпуск облигаций.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'министерство финансов'],
      ['indirect', null],
    ]);
  });
});

describe('Russian: an outlet in quotation marks after the pronoun that follows the cue', () => {
  it('gives "«…», — рассказал он «Деловой Газете»" to the one named before, not to the newspaper', () => {
    const r = extractTexts([
      'Председатель правления АО «Алтай Банк» Марат Сейтов рассказал о планах банка на следующий год.',
      '«Мы не будем гнаться за розницей любой ценой, доля таких займов снизится до 20%», — рассказал он «Деловой Газете».',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Марат Сейтов']);
  });
});

describe('Russian: a headline\'s role whose body is named in quotation marks', () => {
  it('gives "«…»: глава «Алтай Банка» о …" to the bank\'s chairman, not to the bank', () => {
    const r = extractTexts([
      { kind: 'headline', text: '«Мы не будем гнаться за розницей»: глава «Алтай Банка» о новой стратегии' },
      'Председатель правления АО «Алтай Банк» Марат Сейтов представил стратегию банка до 2027 года.',
      '– Мы не будем гнаться за розницей любой ценой, – сказал Сейтов.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['headline', 'Марат Сейтов'],
      ['direct', 'Марат Сейтов'],
    ]);
  });
});

describe('Russian: an initial in the cue clause between the two parts of a quote', () => {
  it('joins «…, – сказал А.Тулегенов. – …» into one quote', () => {
    const r = extractTexts(['«Тарифы на газ вырастут на 15% с января, – сказал А.Тулегенов. – Это решение правительства, и пересматривать его мы не будем».']);
    expect(r.quotes.map((q) => q.text)).toEqual(['Тарифы на газ вырастут на 15% с января. Это решение правительства, и пересматривать его мы не будем']);
  });
});

describe('Russian: the object opening its sentence, and a lawyer called "юрист" later', () => {
  it('gives "Ситуацию прокомментировал адвокат X. Он пояснил, что …" and "– отметил юрист" to the lawyer', () => {
    const r = extractTexts([
      'Происшествие прокомментировал адвокат Самат Ибраев. Он пояснил, что действия подозреваемого будут квалифицированы как разбой.',
      '«Смягчить наказание может только полное признание вины и возмещение ущерба», – отметил юрист.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Самат Ибраев', 'Самат Ибраев']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Самат Ибраев']);
  });
});

describe('Russian: a club named in quotation marks before "она"', () => {
  it('gives "«…», — написала она в Instagram" after "спортсменка клуба «Алтын Тулпар»" to the athlete, not to the club', () => {
    const r = extractTexts([
      'Глава федерации плавания Марат Жунусов ответил на обвинения пловчихи Дарины Омаровой.',
      'Отбор проходил в Астане. Известно, что по его итогам Омарова была включена в список запасных.',
      'Накануне 20-летняя спортсменка клуба «Алтын Тулпар» опубликовала пост, в котором обвинила федерацию в подлоге.',
      '«Я выиграла отбор, а в протоколе мои результаты оказались хуже на две секунды», — написала она в Instagram.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Дарина Омарова']);
  });
});

describe('Russian: journalists\' question in dash dialogue', () => {
  it('takes no statement from "– …? – спросили министра журналисты" and keeps the minister\'s answer', () => {
    const r = extractTexts([
      'Министр просвещения Ерлан Касенов провел брифинг для журналистов.',
      '– Ерлан Маратович, кто понесет ответственность за ошибку в учебнике? – спросили министра журналисты.',
      '– Ответственность несет издательство, – ответил Касенов.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Ерлан Касенов', 'Ответственность несет издательство']]);
  });
});

describe('Russian: the journalists\' own finding', () => {
  it('takes no statement from "Журналисты обратили внимание, что …" and keeps the official\'s "ответил, что …"', () => {
    const r = extractTexts([
      'Журналисты обратили внимание, что компания была зарегистрирована за месяц до тендера.',
      'Глава управления Самат Ибраев ответил, что конкурс прошел по правилам.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Самат Ибраев']);
  });
});

describe('Русский: страна в дополнении к должности', () => {
  it('отдает слова наставника тому, кто назван после «Главный тренер сборной Казахстана по хоккею»', () => {
    const r = extractTexts([
      'Главный тренер сборной Казахстана по хоккею Андрей Ким подвел итоги турнира в Астане.',
      '– Мы проиграли две игры в овертайме, но команда выросла, – сказал наставник.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Андрей Ким']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Андрей Ким']);
  });

  it('не читает «Андрей Ким» как творительный падеж от «Андря Кой»', () => {
    const r = extractTexts(['Андрей Ким заявил, что команда выросла за сезон.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Андрей Ким']);
  });
});

describe('Русский: краткое название ведомства в скобках', () => {
  it('узнает ведомство по краткому названию, данному в скобках, и отдает ему слова документа', () => {
    const r = extractTexts([
      'Контракт тренера с Казахстанской ассоциацией футбола (КАФ) истекает в декабре.',
      '«Мой гол сейчас ничего не значит», – добавил полузащитник Айдос Жумабаев.',
      'Вечером КАФ опубликовала на официальном сайте заявление по итогам матча.',
      '«Ассоциация полностью доверяет тренерскому штабу», – говорится в документе.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айдос Жумабаев', 'Казахстанская ассоциация футбола (КАФ)']);
  });

  it('не делает ведомством программу, названную в скобках («медицинское страхование (ОСМС)»)', () => {
    const r = extractTexts([
      'С 2027 года взносы в систему обязательного социального медицинского страхования (ОСМС) вырастут.',
      'В пакет ОСМС добавят реабилитацию после инсульта.',
    ]);
    expect(r.speakers.map((s) => s.name)).not.toContain('ОСМС');
  });
});

describe('Русский: глаголы чувства как ремарка к цитате', () => {
  it('находит цитаты с «возмущалась она» и «сокрушается пенсионерка»', () => {
    const r = extractTexts([
      'На приеме выступила жительница микрорайона Галина Петренко.',
      '«Писали и в акимат, отвечают одно и то же – ждите», – возмущалась она.',
      '«Зимой в квартире двенадцать градусов», – сокрушается пенсионерка Мария Ким.',
    ]);
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Галина Петренко', 'возмущалась'],
      ['Мария Ким', 'сокрушается'],
    ]);
  });
});

describe('Русский: краткое название ведомства между должностью и именем', () => {
  it('связывает должность с именем через «(ЕНПФ)» и не вносит скобку в должность', () => {
    const r = extractTexts(['Председатель правления Единого накопительного пенсионного фонда (ЕНПФ) Дамир Жусупов заявил, что доходность за год составила 14%.']);
    expect(r.speakers.map((s) => [s.name, s.role])).toEqual([['Дамир Жусупов', 'Председатель правления Единого накопительного пенсионного фонда']]);
  });
});

describe('Русский: издание, которому сказали', () => {
  it('не делает говорящим телеканал после «в интервью телеканалу», и узнает консульство как ведомство', () => {
    const r = extractTexts([
      'Министр иностранных дел Турции Эмре Каракая посетит Астану 18 декабря.',
      'Накануне Каракая в интервью турецкому телеканалу Ufuk Haber заявил: «Казахстан – наш стратегический партнер».',
      'Как сообщили в генеральном консульстве Казахстана в Стамбуле, всем задержанным предоставлены адвокаты.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Эмре Каракая', 'консульство Казахстана']);
  });
});

describe('Русский: данные без источника и факт, обращающий на себя внимание', () => {
  it('не читает высказываний из «По данным мониторинга, …» и «Обращает на себя внимание то, что …», но читает «По данным Бюро …»', () => {
    const r = extractTexts([
      'По данным мониторинга на 17 февраля, охват иммунизацией в регионах составил 94 процента.',
      'Обращает на себя внимание то, что в городах охват остается ниже, чем в сельской местности.',
      'По данным Бюро национальной статистики, инфляция в январе составила 12%.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual(['инфляция в январе составила 12%']);
  });
});

describe('Russian: a surname, given name and patronymic in the genitive after a capitalised verb', () => {
  it('keeps "Признать Иванова Петра Сергеевича виновным" naming the accused, so his words stay his', () => {
    const r = extractTexts([
      'Бывшему руководителю отдела строительства Петру Иванову предъявили обвинение в растрате.',
      '– Ваша честь, я не брал ни одного тенге, – сказал в последнем слове Иванов.',
      '– Признать Иванова Петра Сергеевича виновным и назначить ему наказание в виде лишения свободы сроком на пять лет, – огласила приговор судья Асель Нурова.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Петр Иванов', 'Асель Нурова']);
    expect(r.speakers.map((s) => s.name)).not.toContain('Признать Иванова');
  });
});

describe('Russian: questions', () => {
  it('gives a deputy\'s question «…?» – спросил депутат to the deputy, and reads no claim in the question itself', () => {
    const r = extractTexts([
      'Затем слово взял депутат Мажилиса Асхат Нуртаев.',
      '«В селах школы до сих пор топят углем, а котельные не ремонтировали 30 лет. Кто ответит за это?» – спросил депутат.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Асхат Нуртаев']]);
    expect(r.claims.map((c) => c.text)).toEqual(['В селах школы до сих пор топят углем', 'котельные не ремонтировали 30 лет']);
  });

  it('leaves reporters\' question «…?» – спросили министра журналисты to no one', () => {
    const r = extractTexts([
      'Министр энергетики Алмас Садыков провел брифинг.',
      '«Будут ли повышены тарифы на электроэнергию с января?» – спросили министра журналисты.',
    ]);
    expect(r.quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });
});

describe('Russian: the outlet, relatives who share a surname, given names with a fallen vowel', () => {
  it('does not take the page\'s own outlet in the dative ("рассказывает Вестнику жена") for the speaker', async () => {
    const { extractStatements } = await import('../../../utils/extract');
    const { snapshotOf } = await import('./helpers');
    const snapshot = snapshotOf([
      'Активиста Марата Оспанова задержали утром у подъезда.',
      '– Он вышел выгулять собаку, а через десять минут его увезли, – рассказывает Вестнику жена активиста Айгерим Оспанова.',
      'На запрос Вестника в департаменте полиции сообщили, что Оспанов задержан в рамках закона.',
      'Заседание продолжалось несколько часов, на нем обсуждались и другие вопросы повестки дня. '.repeat(3).trim(),
    ]);
    const r = extractStatements({ ...snapshot, meta: { ...snapshot.meta, siteName: 'Вестник' } });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Айгерим Оспанова', 'департамент полиции']);
  });

  it('keeps a husband and a wife who share a surname apart, each with their own words', () => {
    const r = extractTexts([
      'На заседании выступили депутат Мурат Байжанов и его супруга, депутат Айгерим Байжанова.',
      '– Повышение НДС ударит по ценам на все, – сказал Байжанов.',
      '– Мы готовы поддержать законопроект во втором чтении, – сказала Байжанова.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Мурат Байжанов', 'Айгерим Байжанова']);
  });

  it('gives "Ербола" and "Павла" back as Ербол and Павел', () => {
    const r = extractTexts([
      'По словам адвоката Ербола Сарсенбаева, решение суда будет обжаловано.',
      'По словам эксперта Павла Смирнова, цены вырастут на 10%.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ербол Сарсенбаев', 'Павел Смирнов']);
  });
});

describe('Russian: the regulator', () => {
  it('gives "По оценке регулятора" to the central bank named before', () => {
    const r = extractTexts([
      'Национальный банк Казахстана сохранил базовую ставку на уровне 14,25% годовых.',
      'По оценке регулятора, годовая инфляция в мае замедлилась до 8,4%.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Национальный банк Казахстана']]);
  });
});

describe('Russian: a known given name opening a sentence, present-tense cues', () => {
  it('gives "Ерлан рассказывает, что …" and "«…», – объясняет он" to фермер Ерлан Муканов named before', () => {
    const r = extractTexts([
      'Водовоз в Кызылсае один – старый ЗИЛ фермера Ерлана Муканова.',
      'Ерлан рассказывает, что возит воду из соседнего села, за 25 километров.',
      '«Я не бизнесмен, я просто не могу смотреть, как старики таскают вёдра с арыка», – объясняет он.',
    ]);
    expect(r.quotes.map((q) => [q.kind, q.speaker?.split(' ')[1]?.slice(0, 7)])).toEqual([['indirect', 'Муканов'], ['direct', 'Муканов']]);
  });
});
