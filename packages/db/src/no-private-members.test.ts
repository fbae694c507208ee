import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 17, docs/adr/0026-public-driver-apis.md: no code may use another package's underscored
// members (`client._runExclusiveTransaction`, `tx._.session`, `connection['_handle…']`). Such a
// member is private by the library's convention and changes in any release. An underscored
// name our own sources declare (a property of our own types, like the map's `_id`) is ours to
// use; any other is another package's.

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SOURCES = ['packages', 'apps'].flatMap((tier) =>
  readdirSync(join(ROOT, tier))
    .map((name) => join(ROOT, tier, name, 'src'))
    .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory()),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const underscored = (name: string) => name.startsWith('_');

/** A member access by name: `a._b`, `a['_b']`, `a?.['_b']`. */
function accessedName(node: ts.Node): { name: string; at: ts.Node } | undefined {
  if (ts.isPropertyAccessExpression(node) && !ts.isPrivateIdentifier(node.name)) {
    return { name: node.name.text, at: node.name };
  }
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return { name: node.argumentExpression.text, at: node.argumentExpression };
  }
  return undefined;
}

/** A name our own code declares: a property, method or member of our types and objects. */
function declaredName(node: ts.Node): string | undefined {
  if (
    (ts.isPropertySignature(node) ||
      ts.isPropertyDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isMethodSignature(node) ||
      ts.isPropertyAssignment(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    (ts.isIdentifier(node.name) || ts.isStringLiteralLike(node.name))
  ) {
    return node.name.text;
  }
  if (ts.isShorthandPropertyAssignment(node)) return node.name.text;
  return undefined;
}

interface Use {
  file: string;
  line: number;
  name: string;
}

/** Text that may hold an underscored member access; only such files need parsing. */
const MAYBE_ACCESS = /(\?\.|\.)\s*_|\[\s*['"`]_/;

function parse(path: string, text: string): ts.SourceFile {
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function scan(files: { path: string; text: string }[]): Use[] {
  const uses: Use[] = [];
  for (const { path, text } of files.filter((file) => MAYBE_ACCESS.test(file.text))) {
    const source = parse(path, text);
    walk(source, (node) => {
      const access = accessedName(node);
      if (!access || !underscored(access.name)) return;
      const { line } = source.getLineAndCharacterOfPosition(access.at.getStart(source));
      uses.push({ file: relative(ROOT, path), line: line + 1, name: access.name });
    });
  }
  // Names our own sources declare; only files that mention one of the used names can.
  const names = new Set(uses.map((use) => use.name));
  const declared = new Set<string>();
  for (const { path, text } of files) {
    if (![...names].some((name) => text.includes(name))) continue;
    walk(parse(path, text), (node) => {
      const own = declaredName(node);
      if (own !== undefined && names.has(own)) declared.add(own);
    });
  }
  return uses.filter((use) => !declared.has(use.name));
}

describe('no library internals', () => {
  it('finds no underscored member of another package in packages/*/src and apps/*/src', () => {
    const files = SOURCES.flatMap(sourceFiles).map((path) => ({
      path,
      text: readFileSync(path, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(100);
    const found = scan(files).map((use) => `${use.file}:${use.line} usa «${use.name}»`);
    expect(found, 'miembros privados de otra biblioteca').toEqual([]);
  }, 60_000);

  it('names the file and line of each use, and leaves our own underscored names alone', () => {
    const uses = scan([
      {
        path: join(ROOT, 'packages/x/src/a.ts'),
        text: [
          'await client._runExclusiveTransaction(work);',
          'const session = tx._.session;',
          "connection['_handleDataRow'] = f;",
          'const own = { _id: 1 }; own._id;',
          "type Fila = { _orden: number }; declare const f: Fila; f['_orden'];",
          'class C { #privado = 1; m() { return this.#privado; } }',
        ].join('\n'),
      },
    ]);
    expect(uses).toEqual([
      { file: 'packages/x/src/a.ts', line: 1, name: '_runExclusiveTransaction' },
      { file: 'packages/x/src/a.ts', line: 2, name: '_' },
      { file: 'packages/x/src/a.ts', line: 3, name: '_handleDataRow' },
    ]);
  });
});
