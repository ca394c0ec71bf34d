/**
 * The ESLint configuration Steward ships for STATIC analysis. It never looks for a config file in the
 * analysed tree (`overrideConfigFile: true`): results depend on this file and the tool versions only,
 * which is what {@link ESLINT_CONFIG_DIGEST} captures so cached per-file results can be trusted.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import js from '@eslint/js';
import { ESLint, type Linter } from 'eslint';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { ESLINT_ANALYZER_NAME } from './tool-versions.js';

export { ESLINT_ANALYZER_NAME };
export const ESLINT_ANALYZER_VERSION: string = ESLint.version;

export const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
export const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** Rules whose findings are security problems rather than mistakes: reported CRITICAL. */
export const SECURITY_RULES: ReadonlySet<string> = new Set(['no-eval', 'no-implied-eval', 'no-new-func', 'no-script-url']);

/**
 * `complexity` is used as a meter, not a gate: with a maximum of 0 every function (complexity ≥ 1)
 * is reported and its complexity read back from the message. ESLint 10 reads the option as
 * `maximum || max`, so `{ max: 0 }` really means 0 and not the default of 20.
 */
export const COMPLEXITY_RULE: Linter.RuleEntry = ['warn', { max: 0 }];

const require = createRequire(import.meta.url);
const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/**
 * Shared configs scoped to our file patterns. (`defineConfig`'s `extends` would AND the patterns with
 * the shared config's own, turning typescript-eslint's four patterns into sixteen pairs.)
 */
function scoped(configs: readonly Linter.Config[], files: string[], name: string): Linter.Config[] {
  return configs.map((config) => ({ ...config, name: `${name} > ${config.name ?? 'unnamed'}`, files }));
}

export const ESLINT_CONFIG: Linter.Config[] = [
  // ESLint's core problem rules on every file; typescript-eslint's set below switches off the ones the TypeScript compiler covers.
  ...scoped([js.configs.recommended], [...JS_FILES, ...TS_FILES], 'steward/javascript'),
  {
    name: 'steward/jsx',
    files: ['**/*.jsx'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  // The tree is not built, so no type information: the non type-checked set only.
  ...scoped(tseslint.configs.recommended as Linter.Config[], TS_FILES, 'steward/typescript'),
  {
    name: 'steward/all',
    files: [...JS_FILES, ...TS_FILES],
    languageOptions: {
      ecmaVersion: 'latest',
      globals: { ...globals.es2024, ...globals.browser, ...globals.node },
    },
    linterOptions: {
      // The tree's own disable comments name rules of its own config; we run other rules.
      reportUnusedDisableDirectives: 'off',
    },
    rules: {
      ...Object.fromEntries([...SECURITY_RULES].map((rule) => [rule, 'error'])),
      complexity: COMPLEXITY_RULE,
    },
  },
];

/** Sorted-key JSON; plugins and parsers (objects with `meta.name`) stand for `name@version`. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? JSON.stringify(`[function ${value.name}]`) : JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const meta = (value as { meta?: { name?: string; version?: string } }).meta;
  if (meta?.name) return JSON.stringify(`${meta.name}@${meta.version ?? ''}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${stableJson(v)}`).join(',')}}`;
}

/** What the per-file results are a function of, besides the file's content and extension. */
export function configDigest(config: readonly Linter.Config[], versions: Record<string, string>): string {
  return createHash('sha256').update(stableJson({ versions, config })).digest('hex');
}

export const ESLINT_CONFIG_DIGEST: string = configDigest(ESLINT_CONFIG, {
  eslint: ESLint.version,
  '@eslint/js': js.meta.version,
  'typescript-eslint': packageVersion('typescript-eslint'),
  typescript: packageVersion('typescript'),
  globals: packageVersion('globals'),
});
