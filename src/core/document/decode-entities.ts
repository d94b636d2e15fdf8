// The named character references that policies actually use; anything else is left as written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', sect: '§', deg: '°',
  shy: '', zwj: '', zwnj: '', lrm: '', rlm: '', times: '×',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  ecirc: 'ê', euml: 'ë', Eacute: 'É', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô',
  ucirc: 'û', ugrave: 'ù',
};

function fromCodePoint(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

/** Decodes `&name;`, `&#NN;` and `&#xHH;` references in one linear pass (Markdown and plain text). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let last = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const semi = text.indexOf(';', i + 1);
    if (semi === -1 || semi - i > 12) continue;
    const name = text.slice(i + 1, semi);
    let value: string | undefined;
    if (/^#[0-9]{1,7}$/.test(name)) value = fromCodePoint(Number(name.slice(1)));
    else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(name)) value = fromCodePoint(parseInt(name.slice(2), 16));
    else value = NAMED[name];
    if (value === undefined) continue;
    out += text.slice(last, i) + value;
    last = semi + 1;
    i = semi;
  }
  return out + text.slice(last);
}
