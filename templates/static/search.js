// Search with Pagefind's own index (built by the generator with the extended binary, which
// segments Chinese). Runs only on the search page; the page works without it.
const script = document.currentScript || document.querySelector('script[data-base]');
const base = script.dataset.base;
const form = document.querySelector('form.search');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const params = new URLSearchParams(location.search);

for (const [name, id] of [['q', 'q'], ['publisher', 'filter-publisher'], ['topic', 'filter-topic'], ['year', 'filter-year']]) {
  if (params.get(name)) document.getElementById(id).value = params.get(name);
}

function item(result) {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = result.url;
  a.textContent = result.meta.title || result.url;
  h3.append(a);
  const p = document.createElement('p');
  p.className = 'excerpt';
  p.innerHTML = result.excerpt; // Pagefind escapes the text and marks hits with <mark>
  li.append(h3, p);
  return li;
}

async function run() {
  const query = params.get('q');
  if (!query) return;
  status.textContent = '正在搜索…';
  const pagefind = await import(`${base}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: base });
  // Filters are applied to each hit's metadata here rather than with Pagefind's filter index,
  // whose files are not byte-identical between builds.
  const wanted = [['机构', params.get('publisher')], ['主题', params.get('topic')], ['年份', params.get('year')]]
    .filter(([, value]) => value);
  const search = await pagefind.search(query);
  const matches = [];
  for (const hit of search.results) {
    if (matches.length >= 30) break;
    const data = await hit.data();
    if (wanted.every(([key, value]) => (data.meta[key] || '').split('、').includes(value))) matches.push(data);
  }
  list.replaceChildren(...matches.map(item));
  status.textContent = matches.length ? `找到 ${matches.length} 篇报告` : '没有找到匹配的报告';
}

run().catch(() => { status.textContent = '搜索暂时不可用，请按目录浏览。'; });
