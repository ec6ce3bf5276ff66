/**
 * Words too common to narrow a search or to tell two statements apart. Short on purpose: a long list would drop
 * words a journalist means ("не" changes a promise into its opposite, so it is kept).
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'at', 'by', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'that', 'this', 'from', 'i', 'we', 'you', 'he', 'she', 'they', 'will', 'would',
  // Russian
  'и', 'в', 'во', 'на', 'с', 'со', 'по', 'к', 'ко', 'а', 'но', 'как', 'из', 'у', 'за', 'о', 'об', 'от', 'для', 'это', 'то', 'же', 'ли', 'бы', 'что', 'чтобы', 'при', 'я', 'мы', 'вы', 'он', 'она', 'они', 'будет', 'будут',
  // Kazakh
  'және', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'бұл', 'ол', 'үшін', 'деп', 'біз', 'сіз', 'олар',
]);
