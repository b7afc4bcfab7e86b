import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// js-yaml, ajv and the schema all come with electron-builder (app-builder-lib), so the check
// follows the electron-builder version that actually packages the app.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const schemaPath = require.resolve('app-builder-lib/scheme.json');

const config = yaml.load(readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own configuration schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flips every security fuse the app relies on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar and the integrity check mean nothing without an asar archive.
    expect(config.asar).toBe(true);
  });

  it('opens .verkstad files with Verkstad', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'verkstad', role: 'Editor', mimeType: 'application/x-verkstad' })]);
  });

  it('ships the built app only, never the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect((config.files as string[]).filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
  });

  it('rejects a misspelt fuse, so the schema check is not a formality', () => {
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
  });
});
