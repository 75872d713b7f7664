/**
 * A domain name in its ASCII form: internationalised labels become Punycode A-labels
 * (RFC 3492, "xn--"), so Russian and Polish customers on IDN domains (пример.рф) can be
 * written into headers, mailto links and Graph requests that all expect ASCII. Labels are
 * NFC-normalised and lower-cased first, as IDNA does for the common cases; returns null for a
 * name that is not a valid host name afterwards.
 * @example asciiDomain('пример.рф') // "xn--e1afmkfd.xn--p1ai"
 */
export function asciiDomain(domain: string): string | null {
  const labels = domain.normalize('NFC').toLowerCase().split(/[.\u3002\uff0e\uff61]/);
  const ascii: string[] = [];
  for (const label of labels) {
    const encoded = /^[\x00-\x7f]*$/.test(label) ? label : 'xn--' + punycode(label);
    if (!/^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(encoded)) return null;
    ascii.push(encoded);
  }
  const result = ascii.join('.');
  return result.length <= 253 ? result : null;
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

const digit = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);

/** RFC 3492 section 6.3, for one label. */
function punycode(label: string): string {
  const codes = Array.from(label, (c) => c.codePointAt(0) as number);
  let output = codes.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += '-';
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  while (handled < codes.length) {
    const m = Math.min(...codes.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codes) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digit(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}
