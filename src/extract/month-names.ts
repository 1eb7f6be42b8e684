// Month names of other languages, as date lines and metadata of non-English pages write them
// ("Publié le 7 février 2024", "Veröffentlicht am 3. März 2024", "15 сентября 2023"): nominative
// and, where dates use it, genitive forms. Only whole words that mean one month in every listed language.
const NAMES: [number, string][] = Object.entries({
  1: 'janvier janv januar jänner enero gennaio janeiro januari stycznia января січня ocak',
  2: 'février fevrier févr fevr februar febrero febbraio fevereiro februari lutego февраля лютого şubat',
  3: 'mars märz maerz marzo março marco maart marca marts марта березня mart',
  4: 'avril avr abril aprile kwietnia апреля квітня nisan',
  5: 'mai mayo maggio maio mei maja maj мая травня mayıs',
  6: 'juin juni junio giugno junho czerwca июня червня haziran',
  7: 'juillet juil juli julio luglio julho lipca июля липня temmuz',
  8: 'août aout agosto augustus augusti sierpnia августа серпня ağustos',
  9: 'septembre septiembre setiembre settembre setembro września сентября вересня eylül',
  10: 'octobre oktober octubre ottobre outubro oktober października октября жовтня ekim',
  11: 'novembre noviembre novembro listopada ноября листопада kasım',
  12: 'décembre decembre déc dezember diciembre dicembre dezembro grudnia декабря грудня aralık desember',
}).flatMap(([m, names]) => names.split(' ').map((n) => [+m, n] as [number, string]));
const BY_NAME = new Map(NAMES.map(([m, n]) => [n, m]));

/** Month number of a non-English month name (any case, trailing dot allowed), or undefined. */
export const foreignMonth = (name: string): number | undefined => BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));

// "7 février 2024", "3. März 2024", "7 de febrero de 2024", "15 сентября 2023 г."
export const FOREIGN_DATE = /(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;

/** The first day-month-year date with a non-English month name in `s`, as ISO, with what matched. */
export function foreignDate(s: string): { iso: string; text: string } | null {
  const m = FOREIGN_DATE.exec(s);
  const month = m ? foreignMonth(m[2]!) : undefined;
  if (!m || !month) return null;
  const d = +m[1]!;
  if (d < 1 || d > 31) return null;
  return { iso: `${m[3]}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, text: m[0] };
}
