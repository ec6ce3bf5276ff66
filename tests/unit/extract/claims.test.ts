import { describe, expect, it } from 'vitest';
import { classifyClaim, splitClauses } from '../../../utils/extract/claims';
import { lexiconFor } from '../../../utils/extract/lexicon';
import { extractTexts } from './helpers';

describe('claims', () => {
  const ru = lexiconFor('ru');
  const en = lexiconFor('en');
  const kk = lexiconFor('kk');

  it('types Russian sentences it was not written for', () => {
    expect(classifyClaim('Акиматам следует ускорить выдачу разрешений', ru).type).toBe('directive');
    expect(classifyClaim('Мы построим три моста через Ишим', ru).type).toBe('commitment');
    expect(classifyClaim('Мы уже приступили к ремонту сетей', ru).type).toBe('action');
    expect(classifyClaim('Безработица снизилась до 4,7 процента', ru).type).toBe('factual');
    expect(classifyClaim('Это прекрасное решение для города', ru).type).toBe('opinion');
  });

  it('types English and Kazakh sentences', () => {
    expect(classifyClaim('Hospitals must report every case within a day', en).type).toBe('directive');
    expect(classifyClaim('We will open two new clinics next year', en).type).toBe('commitment');
    expect(classifyClaim('Exports rose 12% in the first half', en).type).toBe('factual');
    expect(classifyClaim('Жолдарды жөндеу қажет', kk).type).toBe('directive');
    expect(classifyClaim('Биыл экспорт 12 пайызға өсті', kk).type).toBe('factual');
  });

  it('scores facts and numbers above instructions and opinions', () => {
    const fact = classifyClaim('Безработица снизилась до 4,7 процента', ru).checkworthiness;
    const directive = classifyClaim('Акиматам следует ускорить выдачу разрешений', ru).checkworthiness;
    const opinion = classifyClaim('Это прекрасное решение для города', ru).checkworthiness;
    expect(fact).toBeGreaterThan(0.7);
    expect(directive).toBeLessThan(0.4);
    expect(opinion).toBeLessThan(0.4);
  });

  it('splits quotes into sentences and clauses, each with the quote speaker', () => {
    const r = extractTexts(['— Экспорт зерна вырос на 15 процентов, а импорт сократился вдвое. Нужно удержать темп, — сказал министр Айдар Сериков.']);
    expect(r.claims.map((c) => [c.text, c.type, c.speaker])).toEqual([
      ['Экспорт зерна вырос на 15 процентов', 'factual', 'Айдар Сериков'],
      ['импорт сократился вдвое', 'factual', 'Айдар Сериков'],
      ['Нужно удержать темп', 'directive', 'Айдар Сериков'],
    ]);
    expect(r.claims.every((c) => c.quoteId === r.quotes[0]!.id)).toBe(true);
  });

  it('takes a first-person future for a promise', () => {
    for (const s of ['Мы закупим 300 машин', 'В следующем году выделим 2 млрд тенге на ремонт дорог', 'Мы обязательно проверим все жалобы', 'Затем мы обсудим бюджет с депутатами']) {
      expect(classifyClaim(s, ru).type, s).toBe('commitment');
    }
    for (const s of ["We'll hire 200 nurses by spring", 'We are going to review every contract', 'I will sign the decree on Monday']) {
      expect(classifyClaim(s, en).type, s).toBe('commitment');
    }
    expect(classifyClaim('Біз бағдарламаны жалғастырамыз', kk).type).toBe('commitment');
    // A present tense of the same verbs is no promise: "проводим" is under way, "going well" goes nowhere.
    expect(classifyClaim('Мы проводим проверку', ru).type).not.toBe('commitment');
    expect(classifyClaim('The talks are going well', en).type).not.toBe('commitment');
    expect(classifyClaim('The project is based on a 2019 plan', en).type).not.toBe('commitment');
  });

  it('reads a promise in the -ну- future without a prefix, and no promise in a present whose root looks prefixed', () => {
    // вернуть, рискнуть: the suffix, not a prefix, makes them perfective; ё is written or not.
    for (const s of ['Мы вернём вкладчикам все сбережения', 'Вернем долги подрядчикам до осени', 'Мы непременно вернемся к этому вопросу', 'Пожалуй, рискнем с новым маршрутом']) {
      expect(classifyClaim(s, ru).type, s).toBe('commitment');
    }
    // забот-, завис-, состо- only look like за-, со- + a root: these verbs are imperfective, the tense present.
    for (const s of ['Мы заботимся о ветеранах района', 'Мы зависим от поставок угля', 'Мы состоим в ассоциации перевозчиков']) {
      expect(classifyClaim(s, ru).type, s).not.toBe('commitment');
    }
    // The same ending on a noun or an adjective (корнем, вечернем) promises nothing.
    expect(classifyClaim('Об этом говорили в вечернем эфире', ru).type).not.toBe('commitment');
  });

  it('reads a promise in the perfective futures that carry neither a prefix nor -ну-', () => {
    // дать, решить, купить, стать are perfective by their root: no ending tells them from a present tense.
    for (const s of ['Мы дадим каждой семье доступ к чистой воде', 'Решим проблему с очередями до конца года', 'Я дам поручение правительству проработать вопрос', 'Мы купим новые автобусы для города', 'Мы снизим тарифы на газ для населения']) {
      expect(classifyClaim(s, ru).type, s).toBe('commitment');
    }
    // The imperfective pairs of the same verbs are under way, not promised.
    for (const s of ['Мы решаем проблему с очередями', 'Мы покупаем новые автобусы для города', 'Мы снижаем тарифы на газ для населения']) {
      expect(classifyClaim(s, ru).type, s).not.toBe('commitment');
    }
  });

  it('reads a promise in a third-person perfective future and in the future of reported speech', () => {
    expect(classifyClaim('Казахстан построит три атомные электростанции', ru).type).toBe('commitment');
    expect(classifyClaim('Аким выделит участки под строительство школ', ru).type).toBe('commitment');
    expect(classifyClaim('Стоимость проекта зависит от курса тенге', ru).type).not.toBe('commitment');
    expect(classifyClaim('Здание выглядит заброшенным', ru).type).not.toBe('commitment');
    expect(classifyClaim('the city would rebuild the bridge over the river', en, undefined, true).type).toBe('commitment');
    // In a speaker's own words "would" is a condition, not a promise.
    expect(classifyClaim('I would not count on the bridge being rebuilt in 2027', en).type).not.toBe('commitment');
    expect(classifyClaim('the ministry would not close any rural schools', en, undefined, true).type).toBe('commitment');
    expect(classifyClaim('closing the schools would be a terrible mistake', en, undefined, true).type).toBe('opinion');
  });

  it('counts a number written in words as a number, and reads the futures of -йти verbs, "смогут" and "would be done" as promises', () => {
    expect(classifyClaim('Sixty-three schools in the region are in emergency condition', en).type).toBe('factual');
    expect(classifyClaim('Очереди на операции достигают пяти месяцев', ru).type).toBe('factual');
    expect(classifyClaim('Жолдардың жартысы жиырма жыл бойы жөнделмеген', kk).type).toBe('factual');
    expect(classifyClaim('Эти средства пойдут на ремонт поликлиник', ru).type).toBe('commitment');
    expect(classifyClaim('С января жители смогут оплатить проезд телефоном', ru).type).toBe('commitment');
    expect(classifyClaim('the new rules would be published before March', en, undefined, true).type).toBe('commitment');
  });

  it('reads promises in the third-person plural and singular perfective futures and the Kazakh passive future', () => {
    expect(classifyClaim('К весне в районе пробурят еще 40 скважин', ru).type).toBe('commitment');
    expect(classifyClaim('Новую больницу примут в эксплуатацию к маю', ru).type).toBe('commitment');
    expect(classifyClaim('В город переедут 300 семей из аварийных домов', ru).type).toBe('commitment');
    expect(classifyClaim('Решение о строительстве уже принято', ru).type).not.toBe('commitment');
    expect(classifyClaim('Биыл ауданда жаңа аурухана салынады', kk).type).toBe('commitment');
  });

  it('takes past tenses and participles for actions by their endings, not from a list', () => {
    for (const s of ['Полиция задержала двух подозреваемых', 'Против чиновника возбудили уголовное дело', 'Подозреваемый задержан', 'Цены на бензин изменены', 'Вчера в Астане прошли переговоры', 'Мост был открыт в мае']) {
      expect(classifyClaim(s, ru).type, s).toBe('action');
    }
    for (const s of ['The ministry froze the accounts of three companies', 'Crews installed 40 new pumps', 'The governor dismissed his deputy', 'Engineers are building a new bridge']) {
      expect(classifyClaim(s, en).type, s).toBe('action');
    }
    // Nouns shaped like verbs, and verbs of being, are not actions.
    for (const s of ['Прибыли банков остаются высокими', 'Жители недовольны качеством воды', 'Я был против этого решения']) {
      expect(classifyClaim(s, ru).type, s).not.toBe('action');
    }
    expect(classifyClaim('There is nothing we can do', en).type).not.toBe('action');
    // A quantity that changed is a fact, though its verb is in the past tense.
    expect(classifyClaim('Безработица снизилась до 4,7 процента', ru).type).toBe('factual');
    expect(classifyClaim('Рост цен замедлился до 0,4 процента в месяц', ru).type).toBe('factual');
    expect(classifyClaim('Annual inflation slowed to 8.3% in October', en).type).toBe('factual');
  });

  it('takes a view with a number in it for an opinion, and reads marker phrases word by word', () => {
    expect(classifyClaim('Я считаю, что 30 дней — это слишком мало', ru).type).toBe('opinion');
    expect(classifyClaim('I think 5 years is too long', en).type).toBe('opinion');
    expect(classifyClaim('We have to act now', en).type).toBe('directive');
    expect(classifyClaim('Тарифы в этом году не вырастут', ru).type).toBe('commitment');
  });

  it('splits clauses at the joiners of the language asked for', () => {
    const text = 'Экспорт зерна вырос на 15 процентов, а импорт сократился почти вдвое за год';
    expect(splitClauses(text, 0, text.length, 0, 'ru')).toHaveLength(2);
    expect(splitClauses(text, 0, text.length, 0, 'en')).toHaveLength(1);
    expect(splitClauses(text, 0, text.length, 0)).toHaveLength(2);
  });

  it('carries reported speech on to the next sentences of its paragraph, but not into a line that names the source', () => {
    const r = extractTexts([
      'Аким города Нурлан Жаксыбеков заявил, что новый водовод построят к августу. Его длина составит 12 километров. Об этом сообщает пресс-служба акимата.',
    ]);
    const texts = r.claims.map((c) => c.text);
    expect(texts).toContain('Его длина составит 12 километров');
    expect(texts.some((t) => t.startsWith('Об этом'))).toBe(false);
  });
});
