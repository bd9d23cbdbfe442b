// Starts both mock CRMs with the demo keys until SIGINT/SIGTERM:
//   npx tsx tests/mock-crm/cli.ts [--syncro-port N] [--synax-port N]
import { parseArgs } from 'node:util';
import { DEMO_KEYS, startSynaxMock, startSyncroMock } from './index';

const { values } = parseArgs({
  options: { 'syncro-port': { type: 'string' }, 'synax-port': { type: 'string' } },
});

function port(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) throw new Error(`${flag} must be a port number, got "${value}"`);
  return number;
}

const syncro = await startSyncroMock({ port: port(values['syncro-port'], '--syncro-port') });
const synax = await startSynaxMock({ port: port(values['synax-port'], '--synax-port') });

console.log(`Syncro mock: ${syncro.baseUrl}`);
console.log(`  key (all scopes): ${DEMO_KEYS.syncro}`);
console.log(`  key (read only):  ${DEMO_KEYS.syncroReadOnly}`);
console.log(`Synax mock:  ${synax.baseUrl}`);
console.log(`  key (read+write): ${DEMO_KEYS.synax}`);
console.log(`  key (read only):  ${DEMO_KEYS.synaxReadOnly}`);
console.log('Ctrl+C to stop.');

async function stop(): Promise<void> {
  await Promise.all([syncro.close(), synax.close()]);
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
