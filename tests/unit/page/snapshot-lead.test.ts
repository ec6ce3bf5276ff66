import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { snapshotArticle } from '../../../utils/extract';

const PARAGRAPH = 'Заместитель акима сообщил, что ремонт дорог в городе закончат до конца сентября, а движение по проспекту откроют в октябре.';

/** A news page whose lead sits between the headline and the body, outside the body's element. */
function page(between: string): Document {
  const html = `<!DOCTYPE html><html lang="ru"><head><title>Ремонт дорог</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-05T10:00:00+05:00"></head><body>
    <header><nav><a href="/">Главная</a></nav></header>
    <div class="teaser-list"><div class="teaser-lead">Соседняя новость о футболе, которая не относится к статье.</div></div>
    <div class="news">
      <h1 class="news__title">Ремонт дорог закончат к осени</h1>
      ${between}
      <div class="news__body">${Array.from({ length: 6 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('')}</div>
    </div></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('the snapshot takes the lead written beside the body', () => {
  it('keeps a lead between the headline and the body, as the article\'s lead, in reading order', () => {
    const lead = 'Аким города Бауыржан Касенов провел совещание по ремонту дорог.';
    const s = snapshotArticle(page(`<div class="news__date">5 мая</div><div class="news__lead">${lead}</div><figure><img src="a.jpg"><figcaption>Фото: акимат</figcaption></figure>`), 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'lead', 'paragraph']);
    expect(s.blocks[1]!.text).toBe(lead);
  });

  it('takes no teaser from elsewhere on the page, and nothing when the page has no lead', () => {
    const s = snapshotArticle(page('<div class="news__date">5 мая</div>'), 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind).slice(0, 2)).toEqual(['headline', 'paragraph']);
    expect(s.blocks.map((b) => b.kind)).not.toContain('lead');
    expect(s.blocks.some((b) => b.text.includes('футболе'))).toBe(false);
  });

  it('keeps a standfirst that follows the headline inside the header box before the body', () => {
    const lead = 'Аким города Бауыржан Касенов провел совещание по ремонту дорог.';
    const html = `<!DOCTYPE html><html lang="ru"><head><title>Ремонт дорог</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-05T10:00:00+05:00"></head><body>
      <div class="story"><div class="story-header"><div class="kicker">Город</div><h1>Ремонт дорог закончат к осени</h1><div class="standfirst"><p>${lead}</p></div><div class="byline">Асель Нурова</div></div>
      <div class="story-body">${Array.from({ length: 6 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('')}</div></div></body></html>`;
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'lead', 'paragraph']);
    expect(s.blocks[1]!.text).toBe(lead);
  });

  it('takes a dek under the headline for the lead', () => {
    const lead = 'Аким города Бауыржан Касенов провел совещание по ремонту дорог.';
    const s = snapshotArticle(page(`<div class="story-dek">${lead}</div>`), 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'lead', 'paragraph']);
  });
  it('takes a CMS "preview" text under the headline for the lead (news-detail__preview)', () => {
    const lead = 'Аким города Бауыржан Касенов провел совещание по ремонту дорог.';
    const s = snapshotArticle(page(`<div class="news-detail__preview"><b>${lead}</b></div>`), 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'lead', 'paragraph']);
    expect(s.blocks[1]!.text).toBe(lead);
  });
  it('keeps a "More on this topic" box of an onward-journey section out of the article\'s paragraphs', () => {
    const box = '<section class="onward-journey"><h2>More on this topic</h2><ul><li><a href="/c/1">IMF says Kazakhstan must rebuild its buffers as oil windfall fades</a></li></ul></section>';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Rates</title><meta property="og:type" content="article"></head><body><article><h1>Central bank raises rates</h1>${Array.from({ length: 6 }, (_, i) => `<p>The National Bank of Kazakhstan said on Friday that it had raised its base rate by one percentage point to curb inflation (${i}).</p>`).join('')}${box}</article></body></html>`;
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.com/a');
    expect(s.blocks.find((b) => b.text.includes('IMF says'))?.kind).toBe('other');
  });
  it('takes every entry of a live blog written as <article> elements side by side, not only the longest', () => {
    const entry = (t: string, i: number) => `<article class="block"><header><time>1${i}.00</time><h2>Entry ${i}</h2></header><div class="block-elements"><p>${t} The leaders met again on Thursday afternoon to discuss the energy fund (${i}).</p><p>Delegations from both sides said that talks would go on through the night, as the summit was extended.</p></div><footer><button>Share</button></footer></article>`;
    const html = `<!DOCTYPE html><html lang="en"><head><title>Summit live</title><meta property="og:type" content="article"></head><body><h1>EU summit – live</h1><div class="liveblog-body">${['Dekkers arrived early.', 'Wierzbicki pushed back.', 'Lindqvist briefed reporters.'].map(entry).join('')}</div></body></html>`;
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.com/live');
    const text = s.blocks.map((b) => b.text).join(' ');
    for (const name of ['Dekkers', 'Wierzbicki', 'Lindqvist']) expect(text).toContain(name);
  });
  it('keeps a sponsored message inside the article out of its paragraphs', () => {
    const ad = '<div class="sponsored-message"><p>“America can’t build the future on borrowed minerals,” says every engineer we talk to.</p></div>';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Minerals</title><meta property="og:type" content="article"></head><body><article><h1>Senators question minerals deal</h1>${Array.from({ length: 6 }, (_, i) => `<p>Senator Margaret Hollister said on Tuesday that the framework should be sent to the Senate for a vote (${i}).</p>`).join('')}${ad}</article></body></html>`;
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.com/a');
    expect(s.blocks.find((b) => b.text.includes('borrowed minerals'))?.kind).toBe('other');
  });
  it('takes a newspaper\'s "vvodka" (the interview\'s introduction) for the lead', () => {
    const lead = 'Аким города Бауыржан Касенов ответил на вопросы редакции.';
    const s = snapshotArticle(page(`<div class="news-detail__vvodka"><p><strong>${lead}</strong></p></div>`), 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'lead', 'paragraph']);
  });
});

describe('an agency page that writes each paragraph as a div', () => {
  const paragraphs = [
    '<strong>КУРГАН, 10 апр.</strong> Выплаты жителям, чье жилье пострадало от паводка, начнутся на следующей неделе, сообщил глава МЧС Глеб Рожков.',
    '– Списки пострадавших уже сверены по 34 населенным пунктам, первые выплаты люди получат в понедельник, – сказал министр.',
    'По словам Рожкова, в регионе сейчас работают более 2 тыс. человек и 640 единиц техники, в том числе спасатели из соседних областей.',
    'Губернатор Олег Тарханов доложил, что уровень воды в реке за сутки поднялся на 38 см, а дамбу нарастили на 70 сантиметров.',
    '– Пик мы ожидаем в ночь на 13 апреля.<br><br>– Из зоны подтопления уже вывезены 5 тыс. человек, – сказал Тарханов.',
    'Эвакуированных размещают в школах и санаториях, где развернуты пункты временного размещения на несколько сотен мест.',
  ];
  const html = `<!DOCTYPE html><html lang="ru"><head><title>Паводок</title><meta property="og:type" content="article"></head><body>
    <div class="article"><h1 class="article__title">Выплаты пострадавшим от паводка начнутся на следующей неделе</h1>
    <div class="article__announce"><div class="media" data-type="photo"><img src="a.jpg" alt="">
      <div class="media__title">Спасатели эвакуируют жителей. «Вода пришла за одну ночь», – рассказала одна из жительниц</div></div></div>
    <div class="article__body">${paragraphs.map((p) => `<div class="article__block" data-type="text"><div class="article__text">${p}</div></div>`).join('\n')}
      <div class="article__block" data-type="photo"><div class="photo"><img src="b.jpg"><div class="photo__text">Дамба у поселка</div></div></div>
    </div></div></body></html>`;

  it('reads every paragraph of the body, not only the one with line breaks', () => {
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.kz/a');
    expect(s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.slice(0, 12))).toEqual(['КУРГАН, 10 а', '– Списки пос', 'По словам Ро', 'Губернатор О', '– Пик мы ожи', 'Эвакуированн']);
  });

  it('takes the photo announced above the body for no lead, and a photo box in the body for a caption', () => {
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.kz/a');
    expect(s.blocks.map((b) => b.kind)).not.toContain('lead');
    expect(s.blocks.some((b) => b.text.includes('Вода пришла'))).toBe(false);
    expect(s.blocks.find((b) => b.text.includes('Дамба у поселка'))?.kind).toBe('caption');
  });
});

describe('an inline teaser in the body', () => {
  it('is furniture: its headline is not read as the article\'s text', () => {
    const html = `<!DOCTYPE html><html lang="ru"><head><title>Полигон</title><meta property="og:type" content="article"></head><body>
      <div class="story"><h1>Жители вышли против полигона</h1><div class="wsw">
      ${Array.from({ length: 4 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('')}
      <div class="wsw__embed"><div class="media-block-wrap"><div class="wsw__embed-title">Читайте также</div>
        <a class="teaser teaser--inline" href="/a/1.html"><span class="teaser__title">Министр экологии: «Все стихийные свалки ликвидируют до 2027 года»</span></a></div></div>
      ${Array.from({ length: 3 }, (_, i) => `<p>${PARAGRAPH} (${i + 4})</p>`).join('')}
      </div></div></body></html>`;
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.kz/a');
    expect(s.blocks.find((b) => b.text.includes('стихийные свалки'))?.kind).toBe('other');
  });
});
