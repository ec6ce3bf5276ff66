import { describe, expect, it } from 'vitest';
import { normalizeArticleUrl } from '../../server/url';

describe('normalizeArticleUrl', () => {
  it.each([
    ['https://x.kz/a?utm_source=t#c', 'https://x.kz/a'],
    ['https://X.KZ/a', 'https://x.kz/a'],
    ['HTTPS://x.kz:443/a', 'https://x.kz/a'],
    ['http://x.kz:8080/a', 'http://x.kz:8080/a'],
    ['https://x.kz/a?b=2&a=1', 'https://x.kz/a?a=1&b=2'],
    ['https://x.kz/a?b=2&a=1&b=1', 'https://x.kz/a?a=1&b=2&b=1'],
    ['https://x.kz/a?id=5&fbclid=abc&gclid=d&yclid=e&mc_cid=f&mc_eid=g&_ga=h&ref=tg', 'https://x.kz/a?id=5'],
    ['https://x.kz/a?UTM_Medium=social&utm_campaign=x&page=2', 'https://x.kz/a?page=2'],
    ['https://x.kz/a?', 'https://x.kz/a'],
    ['https://x.kz/a?&&id=1&', 'https://x.kz/a?id=1'],
    ['https://user:secret@x.kz/a', 'https://x.kz/a'],
    ['  https://x.kz/a  ', 'https://x.kz/a'],
    ['https://x.kz/Path/Case/', 'https://x.kz/Path/Case/'],
    ['https://x.kz/a?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&sort=new', 'https://x.kz/a?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&sort=new'],
    ['https://x.kz/a?q=a+b', 'https://x.kz/a?q=a+b'],
    ['https://президент.kz/новости', 'https://xn--d1abbgf6aiiy.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8'],
    ['https://x.kz/a?%75tm_source=encoded', 'https://x.kz/a'],
    ['https://x.kz/a?flag&utm_x', 'https://x.kz/a?flag'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArticleUrl(input)).toBe(expected);
  });

  it.each(['', 'not a url', '/relative/path', 'ftp://x.kz/a', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd'])(
    'rejects %j',
    (input) => {
      expect(normalizeArticleUrl(input)).toBeNull();
    },
  );

  it('is idempotent', () => {
    const once = normalizeArticleUrl('https://X.kz/a?z=1&utm_source=t&b=%20#frag')!;
    expect(normalizeArticleUrl(once)).toBe(once);
  });
});
