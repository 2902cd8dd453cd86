// Search page: load Pagefind when there is a query (a plain file: the bundler would add a 1 KB preload helper).
if (new URLSearchParams(location.search).get('q')?.trim())
  globalThis.pagefindLoading = import(`/pagefind/${document.documentElement.lang}/pagefind.js`);
