// Search a sharded Pagefind index as the search page does: pagefind.js from the first shard,
// the other shards merged in, every bundle fetched over HTTP from a site served under a sub-path.
// Usage: node pagefind_search.mjs PAGEFIND_JS SITE_URL BASE_URL QUERY SHARD...
// Prints the hits as JSON: [{url, title}], in Pagefind's order.
import { pathToFileURL } from 'node:url';

const [, , script, site, baseUrl, query, primary, ...others] = process.argv;
const pagefind = await import(pathToFileURL(script).href);
await pagefind.options({ basePath: `${site}pagefind/${primary}/`, baseUrl });
for (const shard of others) await pagefind.mergeIndex(`${site}pagefind/${shard}/`, { baseUrl });
const search = await pagefind.search(query);
const hits = await Promise.all(search.results.map((result) => result.data()));
console.log(JSON.stringify(hits.map((hit) => ({ url: hit.url, title: hit.meta.title }))));
