// Writes the web's API types from the server's OpenAPI document (`npm run api:tipos`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { WEB_TYPES_FILE, webApiTypes } from './web-types';

writeFileSync(WEB_TYPES_FILE, await webApiTypes());
console.log(`Escrito ${fileURLToPath(WEB_TYPES_FILE)}`);
