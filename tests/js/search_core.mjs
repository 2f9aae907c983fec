// Run the search page's own engine (templates/static/searchcore.js) in Node against a built site
// served over HTTP, as a reader's browser would, so Python tests can check what a search finds.
// Usage: node search_core.mjs SITE_URL QUERY_JSON   → [{url, title, date}], every page of hits
//        node search_core.mjs --terms TEXT          → the text's terms, sorted
import { search, terms } from '../../templates/static/searchcore.js';

const [, , first, second] = process.argv;
if (first === '--terms') {
  console.log(JSON.stringify([...terms(second ?? '')].sort()));
} else {
  const result = await search(first, JSON.parse(second));
  const docs = await result.docs(0, result.hits.length);
  console.log(JSON.stringify(docs.map(({ url, title, date }) => ({ url, title, date }))));
}
