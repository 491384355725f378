// `npm start`: builds the data when its inputs changed, then serves the map. Arguments go to the data build.
import { createServer } from 'vite';
import { main as buildData } from './build-data.ts';

const code = buildData([...process.argv.slice(2), '--if-changed']);
if (code !== 0) process.exit(code);
const server = await createServer({ server: { host: '127.0.0.1' } });
await server.listen();
server.printUrls();
