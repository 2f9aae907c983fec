// The site's own search index (format: the generator's searchindex.py, version 2), read in the
// browser and in Node alike: no dependencies, only fetch, DecompressionStream and TextEncoder.

const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/gu;
const LATIN = /^[a-z0-9]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const LETTERS = /^[a-z]{2,}$/;
const PREFIX_MAX = 12; // letters of a word's start the index keys (searchindex.py)

/** The terms a query asks for, exactly as searchindex.py's query_terms makes them, so they
 * meet the index's keys: NFKC, simplified script (`forms`, the index's simplified.gz: a
 * traditional character's simplified form; without it the query is taken as written) and
 * lower case, then each Latin/digit run whole, each overlapping pair of a Han run, and a Han
 * character standing alone (the index holds single ones too). */
export function terms(text, forms = {}) {
  const found = new Set();
  for (const run of runs(text, forms)) {
    const chars = Array.from(run);
    if (LATIN.test(run) || chars.length === 1) { found.add(run); continue; }
    for (let i = 0; i + 1 < chars.length; i++) found.add(chars[i] + chars[i + 1]);
  }
  return found;
}

function runs(text, forms) {
  const folded = Array.from(String(text).normalize('NFKC'), (c) => forms[c] ?? c).join('').toLowerCase();
  return Array.from(folded.matchAll(RUNS), ([run]) => run);
}

/** The keys a query looks up, as searchindex.py's query_keys makes them: its `terms`, its last
 * word matched as a prefix (`~aig` finds AIGC) when that is a Latin word, the reader perhaps
 * not done typing it. */
export function queryKeys(text, forms = {}) {
  const found = terms(text, forms);
  const last = runs(text, forms).pop() || '';
  if (LETTERS.test(last)) {
    found.delete(last);
    found.add(`~${last.slice(0, PREFIX_MAX)}`);
  }
  return found;
}

/** Each character of `text` folded as terms are (NFKC, simplified, lower case), one to one, so
 * a position in the folded text is a position in the text. */
export function foldedChars(text, forms = {}) {
  return Array.from(String(text || ''), (c) => {
    const normal = c.normalize('NFKC');
    return (forms[normal] ?? normal).toLowerCase();
  });
}

/** Where each of `words` (folded terms) occurs in `folded` characters: [start, end) spans. */
export function hitSpans(folded, words) {
  const spans = [];
  for (const word of words) {
    const parts = Array.from(word);
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (parts.every((part, k) => folded[i + k] === part)) spans.push([i, i + parts.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

const STOPS = new Set(Array.from('。！？；!?;'));

const NOTE_LABEL = '编辑点评：'; // before a note's words in the passage text, as searchindex.py sets it

/** What a result shows of a report's text (the index's passage text: excerpt, key points,
 * commentary): its start when the first hit is there or there is none, else `size` characters
 * from the sentence holding the first hit (at most `lead` characters before it), with `…`
 * where the text goes on. A passage that starts in the note's words (from `noteAt`) says so
 * first, as the text does where the note begins. */
export function passage(text, words, forms = {}, size = 120, lead = 30, noteAt = -1) {
  const chars = Array.from(String(text || ''));
  const first = hitSpans(foldedChars(text, forms), words)[0];
  let start = 0;
  if (first && first[1] > size) {
    start = Math.max(0, first[0] - lead);
    for (let i = first[0] - 1; i >= start; i--) {
      if (STOPS.has(chars[i])) { start = i + 1; break; }
    }
  }
  const label = Array.from(NOTE_LABEL).length;
  if (noteAt >= 0 && start > noteAt && start < noteAt + label) start = noteAt; // (not into the label)
  const end = Math.min(chars.length, start + size);
  const shown = chars.slice(start, end).join('').trim() + (end < chars.length ? '…' : '');
  if (noteAt >= 0 && start >= noteAt + label) return `${NOTE_LABEL}…${shown}`;
  return (start > 0 ? '…' : '') + shown;
}

const TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** zlib's CRC-32 of a string's UTF-8 bytes (or of bytes): it names the chunk holding a key. */
export function crc32(data) {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let c = 0xffffffff;
  for (const byte of bytes) c = TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A file's bytes, gunzipped; revalidated so a reader never mixes an old manifest with new shards.
 * A server that sends `.gz` files as gzip-encoded (nginx's gzip_static, Apache's AddEncoding)
 * has had the browser unpack them already: no file starts with gzip's magic bytes unpacked
 * (a chunk starts with an even header length, a doc file with `[`). */
async function gunzip(url) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The index's traditional characters and their simplified forms, for `terms`. */
export async function simplifiedForms(base) {
  return JSON.parse(new TextDecoder().decode(await gunzip(`${base}search/data/simplified.gz`)));
}

/** The postings of `wanted` keys in one chunk: key → ascending report numbers (absent: no report). */
function postings(bytes, wanted) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + size)));
  const found = new Map();
  let at = 4 + size;
  for (const [key, count] of header) {
    if (wanted.has(key)) {
      const numbers = new Array(count);
      for (let i = 0; i < count; i++) numbers[i] = view.getUint16(at + 2 * i, true);
      found.set(key, numbers);
    }
    at += 2 * count;
  }
  return found;
}

/** Numbers in both ascending lists. */
function intersect(a, b) {
  const both = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else { both.push(a[i]); i++; j++; }
  }
  return both;
}

/** Each report's date in a shard, from its run-length `days` (numbered newest first). */
function dates(days) {
  const all = [];
  for (const [day, count] of days) for (let i = 0; i < count; i++) all.push(day);
  return all;
}

/** The reports of one shard that have every key of `must` (all of the shard's dated reports in
 * [low, high) when there is none), and which of them have every key of `title`. Each chunk file
 * is fetched once, in parallel. Null when no report of the shard can match. */
async function shardHits(base, manifest, shard, low, high, must, title) {
  const keys = new Set([...must, ...title]);
  const count = shard.chunks; // sized to the shard by searchindex.py
  const chunks = new Map();
  for (const key of keys) {
    const k = crc32(key.startsWith('^') ? key.slice(1) : key) % count; // a title key is in its term's chunk
    if (!chunks.has(k)) chunks.set(k, new Set());
    chunks.get(k).add(key);
  }
  const found = new Map();
  await Promise.all([...chunks].map(async ([k, wanted]) => {
    const bytes = await gunzip(`${base}search/data/${shard.name}/t${k}.gz`);
    for (const [key, numbers] of postings(bytes, wanted)) found.set(key, numbers);
  }));
  let numbers = null;
  for (const key of must) {
    if (!found.has(key)) return null;
    numbers = numbers ? intersect(numbers, found.get(key)) : found.get(key);
  }
  numbers = (numbers || Array.from({ length: high - low }, (_, i) => low + i)).filter((n) => n >= low && n < high);
  let titled = title.length ? numbers : [];
  for (const key of title) titled = found.has(key) ? intersect(titled, found.get(key)) : [];
  return { numbers, titled: new Set(titled) };
}

/**
 * Search the index under `base` (the site root, ending in '/').
 * `query` text (all its terms must match), `publisher` and `topic` filters, `from`/`to` ISO days
 * (inclusive) and `sort` ('date' for newest first; otherwise, with a query, title hits first).
 * Returns {terms, reason, hits, docs}: `reason` is 'empty' (nothing asked) or 'noterms' (the query
 * gives no term) when no search was made; `hits` are {shard, number, date}, in order;
 * `docs(start, end)` loads those hits' [id, title, publishers, date, text, noteAt] as objects with a url
 * and the `snippet` to show (`passage`); `forms` folds text as the terms were folded.
 */
export async function search(base, { query = '', publisher = '', topic = '', from = '', to = '', sort = '' } = {}) {
  const asked = [...terms(query || '')];
  const docs = async () => [];
  if (String(query || '').trim() && !asked.length) return { terms: asked, reason: 'noterms', hits: [], docs };
  if (!asked.length && !publisher && !topic && !from && !to) return { terms: asked, reason: 'empty', hits: [], docs };
  const [response, forms] = await Promise.all([
    fetch(`${base}search/data/manifest.json`, { cache: 'no-cache' }),
    HAN.test(query) ? simplifiedForms(base) : {},
  ]);
  if (!response.ok) throw new Error(`manifest: ${response.status}`);
  const manifest = await response.json();
  if (manifest.version !== 2) throw new Error(`index version ${manifest.version}`);
  const words = [...terms(query || '', forms)]; // what results mark
  const looked = [...queryKeys(query || '', forms)];
  const must = [...looked];
  if (publisher) must.push(`@机构:${publisher}`);
  if (topic) must.push(`@主题:${topic}`);
  const byTitle = looked.length && sort !== 'date' ? looked.map((w) => `^${w}`) : [];
  const shards = [];
  for (const shard of manifest.shards) {
    const day = dates(shard.days);
    // Numbered newest first, so the days in range are one run of numbers: [low, high).
    let low = 0;
    while (low < day.length && to && day[low] > to) low++;
    let high = low;
    while (high < day.length && (!from || day[high] >= from)) high++;
    if (low < high) shards.push({ shard, day, low, high });
  }
  const found = await Promise.all(shards.map(({ shard, low, high }) =>
    shardHits(base, manifest, shard, low, high, must, byTitle)));
  const hits = [];
  found.forEach((result, s) => {
    if (!result) return;
    const { shard, day } = shards[s];
    for (const number of result.numbers) {
      hits.push({ shard: shard.name, number, date: day[number], title: result.titled.has(number), order: s });
    }
  });
  // Title hits first (when ranking by relevance), then newest first; ties keep index order.
  hits.sort((a, b) => (b.title - a.title) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)
    || (a.order - b.order) || (a.number - b.number));
  const files = new Map();
  /** Each doc file is fetched at most once per search, however many pages are shown. */
  function file(shard, j) {
    const name = `${shard}/d${j}`;
    if (!files.has(name)) {
      files.set(name, gunzip(`${base}search/data/${name}.gz`).then((bytes) => JSON.parse(new TextDecoder().decode(bytes))));
    }
    return files.get(name);
  }
  async function load(start, end) {
    return Promise.all(hits.slice(start, end).map(async (hit) => {
      const j = Math.floor(hit.number / manifest.per_file);
      const [id, title, publishers, date, text, noteAt] = (await file(hit.shard, j))[hit.number - j * manifest.per_file];
      return { id, title, publishers, date, snippet: passage(text, words, forms, 120, 30, noteAt ?? -1),
        url: `${base}reports/${id}/` };
    }));
  }
  return { terms: words, forms, reason: '', hits: hits.map(({ shard, number, date }) => ({ shard, number, date })),
    docs: load };
}
