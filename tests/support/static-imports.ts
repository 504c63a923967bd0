import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** A module the entry loads, and the chain of modules that imports it (entry first). */
export interface LoadedModule {
  specifier: string;
  chain: string[];
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const file = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return file ?? base;
}

/** The specifiers a module imports or re-exports as values (type-only ones load nothing). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!typesOnly) specifiers.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !statement.isTypeOnly
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/**
 * Every module an entry loads before it runs: its static value imports, followed through the
 * project's own files (dynamic `import()` is a chunk of its own, loaded later, so not followed).
 * Packages are listed by specifier with the chain that reaches them.
 */
export function staticallyLoaded(entry: string): LoadedModule[] {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  const loaded: LoadedModule[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chains.get(file) ?? [file];
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) {
        loaded.push({ specifier, chain });
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (chains.has(target) || !/\.tsx?$/.test(target)) continue;
      chains.set(target, [...chain, target]);
      queue.push(target);
    }
  }
  return loaded;
}
