import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * One ESLint rule for the folder rules: every way a module names another (import, export from,
 * import(), require(), import x = require(), import('x') types) is checked against what the
 * importing part may reach. A relative specifier is resolved to the file it names, so the check
 * does not depend on how the path is spelled.
 *
 * Options: `parts` maps a part's name to its folders (relative to the project root); `may` lists
 * the parts this file may import from; `entries` lists single files of other parts it may import;
 * `node` says whether Node's built-ins are allowed; `packages` lists forbidden packages (a name
 * also forbids its subpaths: `electron` forbids `electron/main`).
 */

const builtins = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

function isBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return builtins.has(specifier) || builtins.has(specifier.split('/')[0]);
}

function packageMatches(specifier, name) {
  return specifier === name || specifier.startsWith(`${name}/`);
}

function partOf(file, root, parts) {
  const path = relative(root, file).split(sep).join('/');
  let best;
  for (const [name, folders] of Object.entries(parts)) {
    for (const folder of folders) {
      const prefix = folder.endsWith('.ts') ? folder : `${folder}/`;
      const hit = folder.endsWith('.ts') ? path === folder : path.startsWith(prefix);
      if (hit && (best === undefined || prefix.length > best.length))
        best = { name, length: prefix.length };
    }
  }
  return best === undefined ? undefined : { name: best.name, path };
}

function withoutExtension(path) {
  return path.replace(/\.(tsx?|jsx?|mjs|cjs|json)$/, '');
}

export const folderImports = {
  meta: {
    type: 'problem',
    docs: { description: 'What each part of src/ may import' },
    schema: [
      {
        type: 'object',
        properties: {
          parts: { type: 'object' },
          may: { type: 'array', items: { type: 'string' } },
          entries: { type: 'array', items: { type: 'string' } },
          node: { type: 'boolean' },
          packages: { type: 'array', items: { type: 'string' } },
        },
        required: ['parts', 'may', 'node'],
        additionalProperties: false,
      },
    ],
    messages: {
      builtin: "'{{specifier}}' is a Node built-in, which this part ({{part}}) may not use.",
      package: "'{{specifier}}' may not be used in this part ({{part}}).",
      part: "'{{specifier}}' belongs to {{target}}, which this part ({{part}}) may not import.",
      dynamic: 'Modules are named by a string literal here, so the folder rules can check them.',
    },
  },
  create(context) {
    const { parts, may, node, entries = [], packages = [] } = context.options[0];
    const root = context.cwd;
    const file = context.filename;
    const self = partOf(file, root, parts);
    const label = self?.name ?? 'outside src';
    const entryPaths = new Set(entries.map(withoutExtension));

    function check(reported, specifier) {
      if (isBuiltin(specifier)) {
        if (!node)
          context.report({
            node: reported,
            messageId: 'builtin',
            data: { specifier, part: label },
          });
        return;
      }
      const banned = packages.find((name) => packageMatches(specifier, name));
      if (banned !== undefined) {
        context.report({ node: reported, messageId: 'package', data: { specifier, part: label } });
        return;
      }
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) return;
      const target = partOf(resolve(dirname(file), specifier), root, parts);
      if (target === undefined || may.includes(target.name) || target.name === self?.name) return;
      if (entryPaths.has(withoutExtension(target.path))) return;
      context.report({
        node: reported,
        messageId: 'part',
        data: { specifier, part: label, target: target.name },
      });
    }

    function checkSource(reported, source) {
      if (source === null || source === undefined) return;
      if (source.type === 'Literal' && typeof source.value === 'string') {
        check(reported, source.value);
        return;
      }
      if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
        check(reported, source.quasis[0].value.cooked);
        return;
      }
      context.report({ node: reported, messageId: 'dynamic' });
    }

    return {
      ImportDeclaration: (n) => checkSource(n, n.source),
      ExportNamedDeclaration: (n) => checkSource(n, n.source),
      ExportAllDeclaration: (n) => checkSource(n, n.source),
      ImportExpression: (n) => checkSource(n, n.source),
      TSImportType: (n) => checkSource(n, n.argument?.literal ?? n.argument),
      TSExternalModuleReference: (n) => checkSource(n, n.expression),
      CallExpression(n) {
        const { callee } = n;
        const isRequire =
          (callee.type === 'Identifier' && callee.name === 'require') ||
          (callee.type === 'MemberExpression' &&
            callee.object.type === 'Identifier' &&
            callee.object.name === 'require' &&
            callee.property.type === 'Identifier' &&
            callee.property.name === 'resolve');
        if (isRequire) checkSource(n, n.arguments[0]);
      },
    };
  },
};

export default { rules: { 'folder-imports': folderImports } };
