// The search page: the form's fields come from the address (q, publisher, topic, from, to,
// sort), the site's own index answers (searchcore.js), results show 20 at a time. Runs only on
// the search page; the page works without it (the browse links).
import { foldedChars, hitSpans, search } from './searchcore.js';

const script = document.querySelector('script[data-base]');
const base = script.dataset.base;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const moreWrap = document.getElementById('search-more-wrap');
const more = document.getElementById('search-more');
const params = new URLSearchParams(location.search);
const fields = { q: 'q', publisher: 'filter-publisher', topic: 'filter-topic', from: 'filter-from', to: 'filter-to', sort: 'sort' };
const PAGE = 20;

for (const [name, id] of Object.entries(fields)) {
  if (params.get(name)) document.getElementById(id).value = params.get(name);
}
// The filters fold away on a phone until used; a wider screen has room to show them.
const chosen = ['publisher', 'topic', 'from', 'to', 'sort'].some((name) => params.get(name));
if (chosen || matchMedia('(min-width: 40rem)').matches) document.getElementById('search-options').open = true;

/** Append `text` to `parent`, each run of characters belonging to a query term inside <mark>.
 * Built from text nodes, so nothing in the data is ever read as HTML. */
function marked(parent, text, words, forms) {
  const chars = Array.from(text || '');
  const hit = new Array(chars.length).fill(false);
  for (const [start, end] of hitSpans(foldedChars(text, forms), words)) hit.fill(true, start, end);
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && hit[j] === hit[i]) j++;
    const piece = chars.slice(i, j).join('');
    if (hit[i]) {
      const mark = document.createElement('mark');
      mark.textContent = piece;
      parent.append(mark);
    } else parent.append(piece);
    i = j;
  }
}

function item(doc, words, forms) {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = doc.url;
  marked(a, doc.title || doc.url, words, forms);
  h3.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = doc.date;
  time.textContent = doc.date;
  meta.append(time, ` · ${doc.publishers || '未署名'}`);
  li.append(h3, meta);
  if (doc.snippet) {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    marked(excerpt, doc.snippet, words, forms);
    li.append(excerpt);
  }
  return li;
}

async function run() {
  const query = (params.get('q') || '').trim();
  const [publisher, topic, from, to, sort] = ['publisher', 'topic', 'from', 'to', 'sort'].map((k) => params.get(k) || '');
  // searchcore.js says, before fetching anything, when there is nothing to search for.
  const searching = search(base, { query, publisher, topic, from, to, sort });
  status.textContent = '正在搜索…';
  const result = await searching;
  if (result.reason === 'empty') { status.textContent = ''; return; }
  if (result.reason === 'noterms') { status.textContent = '请输入要找的汉字、英文词或数字'; return; }
  let shown = 0;
  async function page() {
    more.disabled = true;
    const docs = await result.docs(shown, shown + PAGE);
    list.append(...docs.map((doc) => item(doc, result.terms, result.forms)));
    shown += docs.length;
    moreWrap.hidden = shown >= result.hits.length;
    more.disabled = false;
  }
  if (!result.hits.length) { status.textContent = '没有找到匹配的报告'; return; }
  await page();
  status.textContent = `找到 ${result.hits.length} 篇报告`;
  more.addEventListener('click', () => page().catch(fail));
}

function fail() { status.textContent = '搜索暂时不可用，请按目录浏览。'; }
run().catch(fail);
