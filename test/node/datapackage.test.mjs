// Every release's datapackage.json against the Data Package v2 and Table Schema rules: a schema
// for ajv written here from the specification (datapackage.org, v2.0), and the checks a schema
// cannot state (unique resource names, each file's hash and size, every CSV row against its Table
// Schema, the primary key unique). The npm `datapackage` library implements v1 only.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import Ajv from 'ajv';
import { parseCsv } from '../support/csv.mjs';

const DIST = new URL('../../dist/press-kit/', import.meta.url);

const NAME = { type: 'string', pattern: '^[a-z0-9._-]+$' };
// RFC 3339 date-time, as the standard requires for `created`.
const RFC3339 = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';
const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];
const LICENSE = {
  type: 'object',
  anyOf: [{ required: ['name'] }, { required: ['path'] }],
  properties: { name: { type: 'string' }, path: { type: 'string' }, title: { type: 'string' } },
};
const DATA_PACKAGE_V2 = {
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { const: 'https://datapackage.org/profiles/2.0/datapackage.json' },
    name: NAME,
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    version: { type: 'string' },
    created: { type: 'string', pattern: RFC3339 },
    licenses: { type: 'array', minItems: 1, items: LICENSE },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string' }, path: { type: 'string' } },
      },
    },
    contributors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title'],
        properties: { roles: { type: 'array', items: { type: 'string' } } },
      },
    },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'path'],
        properties: {
          name: NAME,
          path: { type: 'string', not: { pattern: '^(/|\\.\\./)' } },
          format: { type: 'string' },
          mediatype: { type: 'string', pattern: '^[a-z]+/[a-z0-9.+-]+$' },
          encoding: { type: 'string' },
          bytes: { type: 'integer', minimum: 0 },
          hash: { type: 'string', pattern: '^(sha256:[0-9a-f]{64}|[0-9a-f]{32})$' },
          schema: {
            type: 'object',
            required: ['fields'],
            properties: {
              fields: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string', minLength: 1 },
                    type: { enum: FIELD_TYPES },
                    title: { type: 'string' },
                    description: { type: 'string' },
                    constraints: {
                      type: 'object',
                      properties: {
                        required: { type: 'boolean' },
                        unique: { type: 'boolean' },
                        enum: { type: 'array', minItems: 1 },
                      },
                    },
                  },
                },
              },
              primaryKey: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
            },
          },
        },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(DATA_PACKAGE_V2);

/** What is wrong with one data package and its files, as messages. */
function problemsOf(folder) {
  const read = (name) => readFileSync(new URL(name, folder));
  const pkg = JSON.parse(read('datapackage.json'));
  const problems = [];
  if (!validate(pkg)) problems.push(...validate.errors.map((e) => `${e.instancePath || '(package)'} ${e.message}`));
  const names = (pkg.resources ?? []).map((r) => r.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`resource name "${name}" is not unique`);
  for (const resource of pkg.resources ?? []) {
    const bytes = read(resource.path);
    if (resource.bytes !== undefined && resource.bytes !== bytes.length)
      problems.push(`${resource.path}: bytes ${resource.bytes}, file ${bytes.length}`);
    if (resource.hash && resource.hash !== `sha256:${createHash('sha256').update(bytes).digest('hex')}`)
      problems.push(`${resource.path}: hash differs`);
    if (!resource.schema) continue;
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    const fields = resource.schema.fields;
    if (header.join() !== fields.map((f) => f.name).join())
      problems.push(`${resource.path}: the header is not the schema's fields`);
    const keys = new Set();
    const key = [resource.schema.primaryKey ?? []].flat();
    rows.forEach((row, r) => {
      if (row.length !== fields.length)
        problems.push(`${resource.path} row ${r + 2}: ${row.length} cells for ${fields.length} fields`);
      fields.forEach((field, i) => {
        const cell = row[i] ?? '';
        const where = `${resource.path} row ${r + 2}, ${field.name}`;
        if (cell === '') {
          if (field.constraints?.required) problems.push(`${where}: required`);
          return;
        }
        if (field.type === 'number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell))
          problems.push(`${where}: "${cell}" is not a number`);
        if (field.constraints?.enum && !field.constraints.enum.includes(cell))
          problems.push(`${where}: "${cell}" is not one of ${field.constraints.enum.join(', ')}`);
      });
      const value = key.map((k) => row[fields.findIndex((f) => f.name === k)]).join('\u0000');
      if (key.length && keys.has(value)) problems.push(`${resource.path} row ${r + 2}: primary key ${value} repeated`);
      keys.add(value);
    });
  }
  // Every foreign key resolves to a row of the resource it names.
  for (const resource of pkg.resources ?? [])
    for (const foreignKey of resource.schema?.foreignKeys ?? []) {
      const target = pkg.resources.find((r) => r.name === foreignKey.reference.resource);
      if (!target) {
        problems.push(`${resource.path}: foreign key to unknown resource ${foreignKey.reference.resource}`);
        continue;
      }
      const column = (res, name) => {
        const [header, ...rows] = parseCsv(read(res.path).toString('utf8'));
        const i = header.indexOf(name);
        return rows.map((row) => row[i]);
      };
      const known = new Set(column(target, foreignKey.reference.fields[0]));
      for (const value of column(resource, foreignKey.fields[0]))
        if (!known.has(value))
          problems.push(`${resource.path}: ${foreignKey.fields[0]} "${value}" is not in ${target.path}`);
    }
  return problems;
}

// Each version's folder and latest/ (versions/, images/ and poster/ hold pages and pictures).
const folders = readdirSync(DIST, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (d.name === 'latest' || /^\d+\.\d+\.\d+$/.test(d.name)))
  .map((d) => d.name);

describe('datapackage.json is a valid Data Package (v2)', () => {
  for (const folder of folders)
    test(`${folder}: the package, every resource and every CSV row`, () => {
      assert.deepEqual(problemsOf(new URL(`${folder}/`, DIST)), []);
    });

  test('from 1.6.0: a text encoding only for text, each column titled as what it holds, years to filter by', () => {
    const pkg = JSON.parse(readFileSync(new URL('latest/datapackage.json', DIST), 'utf8'));
    for (const resource of pkg.resources)
      assert.equal(
        resource.encoding,
        /^(text\/|application\/json)/.test(resource.mediatype) ? 'utf-8' : undefined,
        `${resource.path}: ${resource.mediatype}`,
      );
    const fields = new Map(pkg.resources.find((r) => r.path === 'facts.csv').schema.fields.map((f) => [f.name, f]));
    for (const lang of ['es', 'en', 'pt']) {
      assert.equal(fields.get(`label_${lang}`).title, `Label (${lang})`);
      assert.equal(fields.get(`attribution_${lang}`).title, `Attribution (${lang})`);
      assert.match(fields.get(`citation_${lang}`).description, /title \(publisher, date\) and URL/);
    }
    for (const name of ['start_year', 'end_year']) assert.equal(fields.get(name).type, 'integer');
  });

  test('the checks catch what the Frictionless validator reported on 1.0.0: twin names and a bare date', () => {
    const broken = JSON.parse(readFileSync(new URL('latest/datapackage.json', DIST), 'utf8'));
    broken.created = '2026-11-28';
    broken.resources[1].name = broken.resources[0].name;
    assert.equal(validate(broken), false);
    assert.match(validate.errors.map((e) => e.instancePath).join(), /\/created/);
    const names = broken.resources.map((r) => r.name);
    assert.notEqual(new Set(names).size, names.length);
  });

  test('a CSV cell outside its enum, a repeated key and a changed file are each reported', () => {
    assert.deepEqual(parseCsv('a,b\r\n1,"x, ""y"""\r\n'), [
      ['a', 'b'],
      ['1', 'x, "y"'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    try {
      cpSync(new URL('latest/', DIST), dir, { recursive: true });
      const csv = readFileSync(join(dir, 'facts.csv'), 'utf8').split('\r\n');
      csv[1] = csv[1].replace(',historical,', ',histórico,');
      csv[2] = csv[1];
      writeFileSync(join(dir, 'facts.csv'), csv.join('\r\n'));
      const problems = problemsOf(pathToFileURL(`${dir}/`)).join('\n');
      assert.match(problems, /facts\.csv row 2, status: "histórico" is not one of current, historical, attributed/);
      assert.match(problems, /facts\.csv row 3: primary key .* repeated/);
      assert.match(problems, /facts\.csv: hash differs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
