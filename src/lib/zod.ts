/**
 * zod, configured for the app's Content-Security-Policy: every schema imports `z` from here,
 * so this runs before any schema is built. zod compiles object parsers with `new Function`
 * when it can, probing with `Function('')` as each object schema is created; the policy
 * refuses eval, so each probe is a reported violation. Without the compiled fast path,
 * validating the dataset takes the same few milliseconds.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
