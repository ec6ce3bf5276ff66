import type { Claim, ClaimType, Language, Quote, QuoteKind, Speaker } from '../../../utils/schemas';
import type { AnnotationBundle, BundleNote, BundlePage } from '../../../utils/export/bundle';

/**
 * Deterministic test data: the same seed gives the same bundle, so a failing round trip can be replayed. Texts mix
 * Russian, Kazakh (letters Russian lacks), English, emoji (astral, skin tones, ZWJ families, flags), typographic and
 * straight quotes, newlines, CRLF and tabs: everything that broke exporters before.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

const SENTENCES = [
  'Правительство утвердило бюджет на 2025 год.',
  'Министр заявил, что «инфляция замедлится до 5%».',
  'Мемлекет басшысы «Қазақстан жаңа кезеңге қадам басты» деді.',
  'Әкім өңірдегі жолдардың 80 пайызы жөндеуден өткенін айтты.',
  'The minister said "the reform is on track" in an interview.',
  '— Мы не допустим роста тарифов, — сказал он.',
  '- Это ложь, — ответил депутат.',
  'По его словам, „дефицит сократится вдвое“ уже к лету.',
  'Спикер добавил: "Решение окончательное" 👍🏽',
  'Семьи 👨‍👩‍👧 получат выплаты до 1 июля 🇰🇿.',
  'Tab-separated\tvalues and a comma, in one line.',
  'Он подчеркнул: «Никаких \'исключений\' не будет».',
];

const NOTE_TEXTS = [
  'Проверить цифру по данным Бюро нацстатистики.',
  'Тексеру керек: дерек көзі белгісіз.',
  'Contradicts his statement from March 👀',
  'Первая строка\nвторая строка\n\nтретья после пустой',
  'Windows line break\r\nsecond line',
  'Табуляция\tвнутри\tзаметки',
  'Цитата в кавычках: "точно так" и «ёлочки», а также \'одиночные\'.',
  '=HYPERLINK("http://evil.example","click") — так не должно выполниться',
  '+7 701 000 00 00 — телефон пресс-службы',
  '@пресс_служба ответила, что комментариев нет',
  'Emoji only: 🧐🔥✅',
  'Кириллица, comma, "quote", and newline\nin one note',
];

const TAGS = ['проверить', 'тексеру', 'false', '📌 важно', 'budget 2025', 'needs-source', 'Ақорда'];

const PEOPLE: Array<{ name: string; role: string | null; mentions: string[] }> = [
  { name: 'Касым-Жомарт Токаев', role: 'Президент Казахстана', mentions: ['Токаев', 'Президент', 'Мемлекет басшысы'] },
  { name: 'Олжас Бектенов', role: 'премьер-министр', mentions: ['Бектенов', 'премьер'] },
  { name: 'Дмитрий Песков', role: 'пресс-секретарь', mentions: ['Песков'] },
  { name: 'Antony Blinken', role: 'Secretary of State', mentions: ['Blinken', 'the secretary'] },
  { name: 'Айгерим Сейтқали', role: null, mentions: ['Сейтқали'] },
];

const OFFSETS = ['Z', '+03:00', '+05:00', '-04:00', '+00:00'];
const QUOTE_KINDS: QuoteKind[] = ['direct', 'indirect', 'headline'];
const CLAIM_TYPES: ClaimType[] = ['factual', 'action', 'commitment', 'directive', 'opinion'];
const LANGUAGES: Language[] = ['ru', 'kk', 'en', 'other'];

export interface GenerateOptions {
  pages: number;
  notes: number;
  seed?: number;
}

export function generateBundle({ pages: pageCount, notes: noteCount, seed = 42 }: GenerateOptions): AnnotationBundle {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const base = Date.UTC(2025, 0, 1);

  const pages: Array<BundlePage & { text: string }> = [];
  for (let p = 0; p < pageCount; p++) pages.push(makePage(p));

  const notes: BundleNote[] = [];
  for (let n = 0; n < noteCount; n++) notes.push(makeNote(n));

  return {
    format: 'statement-lens',
    schemaVersion: 1,
    exportedAt: timestamp(base + 400 * 86_400_000, '+05:00', '.250'),
    pages: pages.map(({ text: _text, ...page }) => page),
    notes,
  };

  function makePage(p: number): BundlePage & { text: string } {
    const paragraphs: string[] = [];
    for (let i = 0; i < 8; i++) paragraphs.push(`${pick(SENTENCES)} ${pick(SENTENCES)}`);
    const text = paragraphs.join('\n');
    const speakers: Speaker[] = PEOPLE.slice(0, 2 + (p % 3)).map((person, i) => ({ id: `s${i}`, ...person, mentions: [...person.mentions] }));
    const quotes: Quote[] = [];
    const claims: Claim[] = [];
    let offset = 0;
    paragraphs.forEach((paragraph, i) => {
      if (i % 2 === 0) {
        const speaker = random() < 0.85 ? pick(speakers) : null;
        const quote: Quote = {
          id: `q${i}`,
          kind: pick(QUOTE_KINDS),
          text: paragraph,
          speaker: speaker?.name ?? null,
          speakerId: speaker?.id ?? null,
          cue: speaker ? pick(['сказал', 'деді', 'said', 'заявил']) : null,
          anchor: anchorAt(text, offset, offset + paragraph.length),
          variantOf: i > 0 && random() < 0.1 ? 'q0' : null,
        };
        quotes.push(quote);
        if (random() < 0.6) {
          const end = offset + Math.max(1, paragraph.indexOf(' ', 10) > 0 ? paragraph.indexOf(' ', 10) : paragraph.length);
          claims.push({
            id: `c${i}`,
            quoteId: quote.id,
            text: text.slice(offset, end),
            type: pick(CLAIM_TYPES),
            speaker: quote.speaker,
            checkworthiness: Math.round(random() * 100) / 100,
            anchor: anchorAt(text, offset, end),
          });
        }
      }
      offset += paragraph.length + 1;
    });
    return {
      url: `https://news.example.kz/${p % 7 === 0 ? 'kk' : 'ru'}/article-${p}?utm=x${p % 3 === 0 ? '&id=%D0%B0' : ''}`,
      title: `${pick(SENTENCES).slice(0, 40)} — №${p}`,
      language: pick(LANGUAGES),
      savedAt: timestamp(base + p * 3_600_000, pick(OFFSETS), p % 2 === 0 ? '' : '.5'),
      extraction: { speakers, quotes, claims },
      text,
    };
  }

  function makeNote(n: number): BundleNote {
    const page = pages[n % pages.length]!;
    const roll = random();
    const created = base + n * 60_000 + Math.floor(random() * 1000);
    const fraction = pick(['', '.123', '.123456']);
    const offsetName = pick(OFFSETS);
    const common = {
      schemaVersion: 1 as const,
      id: uuid(),
      url: page.url,
      pageTitle: random() < 0.8 ? page.title : '',
      text: random() < 0.1 ? '' : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(NOTE_TEXTS)).join(' '),
      tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))],
      createdAt: timestamp(created, offsetName, fraction),
      updatedAt: timestamp(created + Math.floor(random() * 86_400_000), pick(OFFSETS), fraction),
    };
    const quote = page.extraction.quotes.length > 0 ? pick(page.extraction.quotes) : undefined;
    const claim = page.extraction.claims.length > 0 ? pick(page.extraction.claims) : undefined;
    if (roll < 0.4 && quote) {
      return { ...common, targetKind: 'quote', anchor: quote.anchor, speaker: quote.speaker, quoteKind: quote.kind, claimType: null };
    }
    if (roll < 0.55 && claim) {
      return { ...common, targetKind: 'claim', anchor: claim.anchor, speaker: claim.speaker, quoteKind: null, claimType: claim.type };
    }
    if (roll < 0.8) {
      const start = Math.floor(random() * (page.text.length - 20));
      return { ...common, targetKind: 'highlight', anchor: anchorAt(page.text, start, start + 5 + Math.floor(random() * 15)), speaker: null, quoteKind: null, claimType: null };
    }
    return { ...common, targetKind: 'article', anchor: null, speaker: null, quoteKind: null, claimType: null };
  }

  function uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(random() * 4)]!;
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

function anchorAt(text: string, from: number, to: number): BundlePage['extraction']['quotes'][number]['anchor'] {
  // A browser selection never splits an emoji's surrogate pair; neither do we.
  const isLow = (i: number): boolean => /[\udc00-\udfff]/.test(text.charAt(i));
  const start = isLow(from) ? from + 1 : from;
  const end = isLow(to) ? to + 1 : to;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** An ISO 8601 timestamp of the instant `ms`, written in the given zone, as a person's clock there showed it. */
export function timestamp(ms: number, zone: string, fraction: string): string {
  const minutes = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${fraction}${zone}`;
}
