// Run before `vsce package`: warns when server/ has not been filled by scripts/bundle-server.sh.
// Set SAFEGUARDS_REQUIRE_SERVER=1 (e.g. for a release) to make it an error.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const server = join(dirname(fileURLToPath(import.meta.url)), '..', 'server');
const missing = ['Safeguards.LanguageServer.dll', 'safeguards.dll'].filter((f) => !existsSync(join(server, f)));
if (missing.length) {
  const msg = `server/ lacks ${missing.join(' and ')}: run \`npm run bundle-server\` first. The package will not contain a working server.`;
  if (process.env.SAFEGUARDS_REQUIRE_SERVER === '1') {
    console.error(`error: ${msg}`);
    process.exit(1);
  }
  console.warn(`warning: ${msg}`);
}
