// Writes docs/webhook-payload.schema.json from the zod schema the code uses: `npx tsx scripts/webhook-schema.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { webhookJsonSchema } from '../src/alerts/webhook-payload.js';

const out = path.resolve(import.meta.dirname, '../docs/webhook-payload.schema.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(webhookJsonSchema(), null, 2)}\n`);
process.stdout.write(`${out}\n`);
