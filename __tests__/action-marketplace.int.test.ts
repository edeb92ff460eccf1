/**
 * gh-11: what the GitHub Marketplace checks before it lists an action. Its form refuses a
 * description of 125 characters or more, and a listing needs a name and branding.
 */
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';

interface Listing {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
}

const DESCRIPTION_LIMIT = 125;

/** The Marketplace's listing rules, as problems (empty when it would list the action). */
function listingProblems(yml: Listing): string[] {
  const problems: string[] = [];
  if (typeof yml.name !== 'string' || !yml.name.trim()) problems.push('name is missing');
  if (typeof yml.description !== 'string' || !yml.description.trim())
    problems.push('description is missing');
  else if ([...yml.description].length >= DESCRIPTION_LIMIT)
    problems.push(
      `description is ${[...yml.description].length} characters; the Marketplace takes fewer than ${DESCRIPTION_LIMIT}`,
    );
  if (!yml.branding?.icon || !yml.branding.color)
    problems.push('branding needs an icon and a color');
  return problems;
}

const actionYml = loadYaml(readFileSync('action.yml', 'utf8')) as Listing;

describe('action.yml as the Marketplace reads it (gh-11)', () => {
  it('can be listed: name, branding, and a description under 125 characters', () => {
    expect(listingProblems(actionYml)).toEqual([]);
  });

  it('the check refuses a description of exactly 125 characters and takes 124', () => {
    expect(listingProblems({ ...actionYml, description: 'x'.repeat(125) })).toEqual([
      'description is 125 characters; the Marketplace takes fewer than 125',
    ]);
    expect(listingProblems({ ...actionYml, description: 'x'.repeat(124) })).toEqual([]);
  });
});
