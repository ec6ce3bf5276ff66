import { describe, expect, it } from 'vitest';
import { InvalidUrlError, TRACKING_PARAMS, canonicalUrl, isTrackingParam, normalizeUrl, siteOf } from '../../../utils/url';

describe('normalizeUrl', () => {
  it('drops the fragment and every tracking parameter of the shared rule', () => {
    const tracking = [
      'utm_source=tg', 'utm_medium=social', 'UTM_Campaign=x', 'utm_whatever=1', 'fbclid=IwAR0', 'gclid=Cj0', 'yclid=123',
      'mc_cid=a1', 'mc_eid=b2', '_ga=2.1', '_gl=1*abc', 'igshid=MzRl', 'ref=twitter', 'ref_src=twsrc', 'spm=a2g0o', 'from=main',
    ];
    expect(normalizeUrl(`https://news.example.kz/politics/123?${tracking.join('&')}#comments`)).toBe('https://news.example.kz/politics/123');
    expect(TRACKING_PARAMS.size).toBe(12);
  });

  it('keeps parameters that pick the page, sorted by name, repeated names in their order', () => {
    expect(normalizeUrl('https://example.com/article?page=2&id=77&utm_source=x&id=78')).toBe('https://example.com/article?id=77&id=78&page=2');
    expect(normalizeUrl('https://example.com/a?referrer=x&fromage=brie')).toBe('https://example.com/a?fromage=brie&referrer=x');
  });

  it('lower-cases scheme and host, drops default ports and credentials, keeps the path case', () => {
    expect(normalizeUrl('HTTPS://News.Example.KZ:443/Politics/Article-ABC')).toBe('https://news.example.kz/Politics/Article-ABC');
    expect(normalizeUrl('http://example.com:80/x')).toBe('http://example.com/x');
    expect(normalizeUrl('http://example.com:8080/x')).toBe('http://example.com:8080/x');
    expect(normalizeUrl('https://user:secret@example.com/x')).toBe('https://example.com/x');
  });

  it('gives one key for the same page reached in different ways', () => {
    const keys = new Set([
      'https://example.com/news/1',
      'https://example.com/news/1#top',
      'https://example.com/news/1?utm_source=newsletter',
      'https://EXAMPLE.com:443/news/1?fbclid=abc#c-12',
      '  https://example.com/news/1  ',
    ].map(normalizeUrl));
    expect([...keys]).toEqual(['https://example.com/news/1']);
  });

  it('normalizes query encoding and non-ASCII paths and hosts the way the URL parser does', () => {
    expect(normalizeUrl('https://example.com/s?q=a+b')).toBe(normalizeUrl('https://example.com/s?q=a%20b'));
    expect(normalizeUrl('https://пример.рф/новости')).toBe('https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8');
    expect(normalizeUrl('https://example.com/?')).toBe('https://example.com/');
  });

  it('throws a typed error for what is not an http(s) URL', () => {
    for (const bad of ['', 'not a url', '/relative/path', 'http://']) {
      expect(() => normalizeUrl(bad)).toThrow(InvalidUrlError);
    }
    for (const other of ['file:///tmp/a.html', 'chrome://extensions', 'about:blank', 'data:text/html,hi', 'javascript:alert(1)']) {
      try {
        normalizeUrl(other);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidUrlError);
        expect((error as InvalidUrlError).reason).toBe('unsupported-scheme');
        expect((error as InvalidUrlError).input).toBe(other);
      }
    }
  });

  it('isTrackingParam compares names case-insensitively and only whole names', () => {
    expect(isTrackingParam('UTM_SOURCE')).toBe(true);
    expect(isTrackingParam('Ref')).toBe(true);
    expect(isTrackingParam('reference')).toBe(false);
    expect(isTrackingParam('id')).toBe(false);
  });
});

describe('siteOf', () => {
  it('takes the last two labels, three under a generic second level of a country code', () => {
    expect(siteOf('www.tengrinews.kz')).toBe('tengrinews.kz');
    expect(siteOf('m.news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('www.inform.com.kz')).toBe('inform.com.kz');
    expect(siteOf('amp.theguardian.com')).toBe('theguardian.com');
    expect(siteOf('Example.COM.')).toBe('example.com');
  });

  it('keeps shared hosting and IP addresses apart', () => {
    expect(siteOf('alice.github.io')).toBe('alice.github.io');
    expect(siteOf('bob.livejournal.com')).toBe('bob.livejournal.com');
    expect(siteOf('192.168.1.10')).toBe('192.168.1.10');
    expect(siteOf('[::1]')).toBe('[::1]');
  });
});

describe('canonicalUrl', () => {
  const page = 'https://m.news.example.kz/politics/123?utm_source=tg#comments';

  it('uses a same-site canonical, normalized', () => {
    expect(canonicalUrl(page, 'https://news.example.kz/politics/2021/03/17/rabota?utm_medium=x')).toBe(
      'https://news.example.kz/politics/2021/03/17/rabota',
    );
    expect(canonicalUrl('https://amp.example.com/a/1', 'https://www.example.com/a/1')).toBe('https://www.example.com/a/1');
  });

  it('resolves a relative canonical against the page', () => {
    expect(canonicalUrl(page, '/politics/123-full')).toBe('https://m.news.example.kz/politics/123-full');
  });

  it('ignores a canonical on another site: a page must not claim another site\'s notes', () => {
    expect(canonicalUrl(page, 'https://other-news.kz/politics/123')).toBe('https://m.news.example.kz/politics/123');
    expect(canonicalUrl('https://evil.github.io/x', 'https://victim.github.io/x')).toBe('https://evil.github.io/x');
    expect(canonicalUrl('https://example.kz.evil.com/x', 'https://example.kz/x')).toBe('https://example.kz.evil.com/x');
  });

  it('ignores a missing, invalid, non-http or home-page canonical', () => {
    const own = 'https://m.news.example.kz/politics/123';
    for (const href of [null, undefined, '', '   ', 'http://[bad', 'javascript:alert(1)', 'https://news.example.kz/']) {
      expect(canonicalUrl(page, href)).toBe(own);
    }
    expect(canonicalUrl('https://news.example.kz/', 'https://news.example.kz/')).toBe('https://news.example.kz/');
  });

  it('throws InvalidUrlError when the page URL itself is invalid', () => {
    expect(() => canonicalUrl('nope', 'https://example.com/')).toThrow(InvalidUrlError);
  });
});
