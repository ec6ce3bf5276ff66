import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, snapshotArticle } from '../../../utils/extract';

const POST = (time: string, text: string) => `<div class="feed__post"><span class="feed__time">${time}</span><p>${text}</p></div>`;

/** A live blog: short posts in one box, two long background paragraphs in the next. */
function liveBlog(): Document {
  const html = `<!DOCTYPE html><html lang="ru"><head><title>Брифинг акимата</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-05T10:00:00+05:00"></head><body>
    <header><a href="/">Город24</a> <a href="/live">Онлайн</a></header>
    <div class="live"><h1>Паводок в области: онлайн</h1>
      <div class="feed">
        ${POST('12:10', 'Аким области Марат Ахметжанов сообщил, что из подтопленных сел эвакуированы 420 человек.')}
        ${POST('11:40', '– Дамба у поселка Береке выдержала, уровень воды снижается, – сказал начальник ДЧС Ерлан Кенжин.')}
        ${POST('11:20', 'Спасатели продолжают откачивать воду с улиц поселка, к работам привлечены 60 единиц техники.')}
        ${POST('11:00', 'Вода подошла к окраинам Береке ночью, жителей двух улиц разбудили сиренами.')}
      </div>
      <div class="background"><h3>Справка</h3>
        <p>Весной прошлого года паводок затронул десять регионов страны, из зон подтопления были эвакуированы более ста тысяч человек, а тысячи домов пострадали от воды.</p>
        <p>После этого в области построили и укрепили более двухсот километров дамб, расчистили русла рек, закупили насосы, лодки и мешки для песка, а также провели учения во всех районах.</p>
        <p>Паводковый период в области обычно начинается в конце марта и продолжается до середины мая, а наиболее уязвимыми остаются села в поймах рек и поселки ниже водохранилищ.</p>
        <p>В этом году запасы воды в снежном покрове превышают норму, поэтому жителей прибрежных сел заранее предупредили о возможной эвакуации и определили пункты временного размещения.</p>
      </div>
    </div><footer>© Город24</footer></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('the article body of a page whose text sits in sibling boxes', () => {
  it('takes the posts of a live blog along with the background beside them', () => {
    const s = snapshotArticle(liveBlog(), 'https://news.example.kz/live');
    const text = s.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('эвакуированы 420 человек');
    expect(text).toContain('Весной прошлого года паводок');
  });

  it('finds the officials quoted in the posts', () => {
    const r = extractPage(liveBlog(), 'https://news.example.kz/live');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Марат Ахметжанов', 'Ерлан Кенжин']);
  });
});
