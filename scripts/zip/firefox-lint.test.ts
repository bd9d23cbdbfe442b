import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAINED } from './firefox-lint';

/** Our own shipped code: what the build bundles (tests and test helpers excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'testing' || name === 'fixtures' ? [] : sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const shipped = ['entrypoints', 'components', 'utils'].flatMap((dir) => sources(path.resolve(dir)));

// The web-ext lint warnings we accept are explained as "library code our code never triggers".
// These keep that true: if our own code starts writing HTML or evaluating strings, the
// explanation is wrong: this fails, and the new warning must be looked at again.
describe('Firefox lint explanations stay true', () => {
  it('our code writes no HTML into the page (React renders captured text as text)', () => {
    const sinks = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/;
    expect(shipped.length).toBeGreaterThan(20);
    expect(shipped.filter((file) => sinks.test(readFileSync(file, 'utf8'))).map((file) => path.relative(process.cwd(), file))).toEqual([]);
  });

  it('our code evaluates no strings', () => {
    const evals = /\beval\s*\(|new\s+Function\s*\(|[^.\w]Function\s*\(\s*['"`]/;
    expect(shipped.filter((file) => evals.test(readFileSync(file, 'utf8'))).map((file) => path.relative(process.cwd(), file))).toEqual([]);
  });

  it('each accepted warning has a reason and recognises only its own trigger', () => {
    for (const entry of EXPLAINED) expect(entry.why.length).toBeGreaterThan(40);
    const zodProbe = 'var A=o(()=>{if(L.jitless||typeof navigator<`u`)return!1;try{return Function(``),!0}catch{return!1}});';
    const reactSink = 'if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}';
    const find = (code: string, context: string) => EXPLAINED.find((entry) => entry.code === code && entry.where.test(context));
    expect(find('DANGEROUS_EVAL', zodProbe)).toBeDefined();
    expect(find('DANGEROUS_EVAL', 'const run = new Function(userInput);')).toBeUndefined();
    expect(find('UNSAFE_VAR_ASSIGNMENT', reactSink)).toBeDefined();
    expect(find('UNSAFE_VAR_ASSIGNMENT', 'el.innerHTML = captured.name;')).toBeUndefined();
  });
});
