/**
 * Imported first by main.tsx, before any module builds a zod schema. zod probes for
 * `new Function` when an object schema is created; under the app's CSP (no 'unsafe-eval')
 * that probe is reported as a violation even though zod catches the error. Jitless mode
 * skips the probe and validates without generated code.
 */
import { config } from 'zod';

config({ jitless: true });
