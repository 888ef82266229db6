/**
 * TypeScript for the browser (the probe and the bare page), transpiled per file with
 * TypeScript itself: no bundler, and no helpers injected the way tsx injects `__name`
 * into functions it compiles, which a page does not define.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

export async function transpileForBrowser(file: string): Promise<string> {
  const source = await readFile(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
    },
  });
  return outputText;
}

/** A file that imports only types, as a classic script (page.addInitScript runs scripts). */
export async function transpileAsScript(file: string): Promise<string> {
  const code = await transpileForBrowser(file);
  const script = code.replace(/^export \{\};?\s*$/m, '');
  if (/^\s*(import|export)\s/m.test(script)) throw new Error(`${file} must import types only`);
  return script;
}
