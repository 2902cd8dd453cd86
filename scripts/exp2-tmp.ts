import { writeSearchIndexes } from '../src/integrations/search-index.ts';
await writeSearchIndexes('dist/', () => {}, ['id', 'en']);
