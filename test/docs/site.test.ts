import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(new URL('../../typedoc.json', import.meta.url), 'utf8')) as { projectDocuments: string[] };
const guides = readdirSync(new URL('../../docs', import.meta.url)).filter((f) => f.endsWith('.md'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the guides in docs/', () => {
  it.each(guides)('docs/%s is in the API site (typedoc.json projectDocuments, in reading order)', (file) => {
    expect(config.projectDocuments).toContain(`docs/${file}`);
  });

  it.each(guides)('docs/%s is linked from the README', (file) => {
    expect(readme).toContain(`](docs/${file})`);
  });

  it.each(guides)('docs/%s has a title for the site navigation', (file) => {
    expect(readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8')).toMatch(/^---\ntitle: .+\n/);
  });
});
