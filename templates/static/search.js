// Search with Pagefind's own index (built by the generator with the extended binary, which
// segments Chinese). Publisher, topic and year are Pagefind filters, so they work with or
// without a keyword; the date range narrows by year there and by day here; results sort by
// relevance or by date. Runs only on the search page; the page works without it.
const script = document.querySelector('script[data-base]');
const base = script.dataset.base;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const moreWrap = document.getElementById('search-more-wrap');
const more = document.getElementById('search-more');
const params = new URLSearchParams(location.search);
const fields = { q: 'q', publisher: 'filter-publisher', topic: 'filter-topic', from: 'filter-from', to: 'filter-to', sort: 'sort' };
const PAGE = 20;
const SCAN = 400; // results looked at for a day range before giving up on more

for (const [name, id] of Object.entries(fields)) {
  if (params.get(name)) document.getElementById(id).value = params.get(name);
}
// The filters fold away on a phone until used; a wider screen has room to show them.
const chosen = ['publisher', 'topic', 'from', 'to', 'sort'].some((name) => params.get(name));
if (chosen || matchMedia('(min-width: 40rem)').matches) document.getElementById('search-options').open = true;

function item(data) {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title || data.url;
  h3.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = data.meta.date || '';
  time.textContent = data.meta.date || '';
  meta.append(time, ` · ${data.meta.publisher || '未署名'}`);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and marks hits with <mark>
  li.append(h3, meta, excerpt);
  return li;
}

function yearsBetween(from, to) {
  const first = Number((from || '1990').slice(0, 4));
  const last = Number((to || String(new Date().getFullYear() + 1)).slice(0, 4));
  const years = [];
  for (let y = first; y <= last && years.length < 60; y++) years.push(String(y));
  return years;
}

// The shard name of a day's quarter (2024-05-06 → 2024q2), as search_shards.py names shards.
function quarter(day) {
  if (!/^\d{4}-\d{2}/.test(day)) return '';
  return `${day.slice(0, 4)}q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

async function run() {
  const query = (params.get('q') || '').trim() || null;
  const [publisher, topic, from, to] = ['publisher', 'topic', 'from', 'to'].map((k) => params.get(k) || '');
  if (!query && !publisher && !topic && !from && !to) return;
  status.textContent = '正在搜索…';
  // The index is in shards (one Pagefind bundle per quarter, see search_shards.py). The first
  // holds Pagefind's script and wasm, so it is always loaded; the others are merged into it,
  // each with the site's base for its result URLs. A date range needs only its quarters'
  // shards (each costs the reader three requests); the first shard's reports outside the
  // range are dropped below with the rest.
  const index = `${base}pagefind/`;
  const all = Object.keys((await (await fetch(`${index}shards.json`)).json()).shards);
  if (!all.length) throw new Error('no search index');
  const [low, high] = [quarter(from), quarter(to)];
  const shards = all.filter((name) => (!low || name.split('-')[0] >= low) && (!high || name.split('-')[0] <= high));
  if (!shards.length) { status.textContent = '没有找到匹配的报告'; return; }
  const pagefind = await import(`${index}${all[0]}/pagefind.js`);
  await pagefind.options({ baseUrl: base });
  const merged = shards.filter((name) => name !== all[0]);
  await Promise.all(merged.map((name) => pagefind.mergeIndex(`${index}${name}/`, { baseUrl: base })));
  const filters = {};
  if (publisher) filters['机构'] = publisher;
  if (topic) filters['主题'] = topic;
  if (from || to) filters['年份'] = { any: yearsBetween(from, to) };
  const options = { filters };
  if (params.get('sort') === 'date' || !query) options.sort = { date: 'desc' };
  const search = await pagefind.search(query, options);
  const byDate = Boolean(options.sort);
  const inRange = (data) => (!from || data.meta.date >= from) && (!to || data.meta.date <= to);
  let next = 0;
  let found = 0;
  if (byDate && to) {
    // Newest first: the first result on or before `to` is found by bisection, not by reading
    // every newer result's data.
    let low = 0;
    let high = search.results.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((await search.results[middle].data()).meta.date > to) low = middle + 1; else high = middle;
    }
    next = low;
  }
  async function page() {
    const shown = [];
    while (next < search.results.length && shown.length < PAGE && (byDate || next < found + SCAN)) {
      const data = await search.results[next++].data();
      if (byDate && from && data.meta.date < from) { next = search.results.length; break; }
      if (inRange(data)) shown.push(data);
    }
    found += shown.length;
    list.append(...shown.map(item));
    const left = next < search.results.length && (byDate || next < found + SCAN);
    moreWrap.hidden = !left;
    const total = from || to ? `${found}${left ? '+' : ''}` : `${search.results.length}`;
    status.textContent = found ? `找到 ${total} 篇报告` : '没有找到匹配的报告';
  }
  more.addEventListener('click', () => page().catch(fail));
  await page();
}

function fail() { status.textContent = '搜索暂时不可用，请按目录浏览。'; }
run().catch(fail);
