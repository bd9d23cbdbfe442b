import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * The warnings we accept, each with the reason and how it is recognised (the code that triggers
 * it, read at the reported position). Anything else fails `npm run lint:firefox`: a new warning
 * is either fixed or explained here and in docs/releasing.md, "What web-ext lint says".
 */
export const EXPLAINED: { code: string; where: RegExp; why: string }[] = [
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    where: /data_collection_permissions/,
    why: 'Firefox for Android reads data_collection_permissions from 142. We do not publish for Android (no context menus there), so no gecko_android key.',
  },
  {
    code: 'DANGEROUS_EVAL',
    where: /jitless[\s\S]*Function\(``\)/,
    why: "zod 4 probes once whether `Function('')` is allowed, to pick its faster validator; the extension CSP forbids it, the probe's try/catch sees that and zod validates without eval. No string is ever evaluated.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    where: /__html[\s\S]*\.innerHTML=/,
    why: "React DOM's implementation of dangerouslySetInnerHTML. Our code never uses it (captured text is rendered as text), so this assignment never runs.",
  },
];

/** The source around a warning's position, or the manifest for manifest warnings. */
function context(dir: string, message: LintMessage): string {
  if (!message.file) return message.message;
  try {
    const text = readFileSync(path.join(dir, message.file), 'utf8');
    if (message.file === 'manifest.json' || message.line === undefined) return `${text}\n${message.message}`;
    const line = text.split('\n')[message.line - 1] ?? '';
    const column = message.column ?? 0;
    return line.slice(Math.max(0, column - 200), column + 80);
  } catch {
    return message.message;
  }
}

export interface LintResult {
  errors: LintMessage[];
  explained: { message: LintMessage; why: string }[];
  unexplained: LintMessage[];
}

/** Runs `web-ext lint` (AMO-listed rules, the default) on a built or unpacked Firefox package. */
export function lintFirefox(dir: string): LintResult {
  let raw: string;
  try {
    raw = execFileSync(path.resolve('node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // web-ext exits non-zero when there are errors; the report is still on stdout.
    raw = (error as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(raw.slice(raw.indexOf('{'))) as LintReport;
  const result: LintResult = { errors: report.errors, explained: [], unexplained: [] };
  for (const message of [...report.warnings, ...report.notices]) {
    const around = context(dir, message);
    const known = EXPLAINED.find((entry) => entry.code === message.code && entry.where.test(around));
    if (known) result.explained.push({ message, why: known.why });
    else result.unexplained.push(message);
  }
  return result;
}

export function printLint(dir: string, result: LintResult): void {
  const where = (message: LintMessage) => (message.file ? `${message.file}${message.line ? `:${message.line}` : ''}` : 'package');
  console.log(`\nweb-ext lint ${dir}: ${result.errors.length} errors, ${result.explained.length + result.unexplained.length} warnings (${result.explained.length} explained)`);
  for (const message of result.errors) console.log(`  ERROR    ${message.code} ${where(message)}: ${message.message}`);
  for (const message of result.unexplained) console.log(`  WARNING  ${message.code} ${where(message)}: ${message.message}  ← not explained (scripts/zip/firefox-lint.ts)`);
  for (const { message, why } of result.explained) console.log(`  warning  ${message.code} ${where(message)}\n           ${why}`);
}
