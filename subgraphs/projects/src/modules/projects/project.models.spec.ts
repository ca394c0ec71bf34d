import { describe, expect, it } from 'vitest';
import { CreateProjectInputModel, DEFAULT_SETTINGS, ProjectSettingsModel, SlugModel } from './project.models.js';

const ORG = '0b5f6c1e-2d4a-4c8e-9f00-7a1b2c3d4e5f';

describe('project input models', () => {
  it('accepts slugs of lower-case letters, digits and single hyphens only', () => {
    for (const slug of ['a', 'checkout-bot', 'v2-eval-3']) expect(SlugModel.safeParse(slug).success).toBe(true);
    for (const slug of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'a b', 'x'.repeat(65)]) expect(SlugModel.safeParse(slug).success).toBe(false);
  });

  it('fills settings defaults and an empty description', () => {
    const input = CreateProjectInputModel.parse({ organizationId: ORG, name: ' Checkout ', slug: 'checkout' });
    expect(input).toEqual({ organizationId: ORG, name: 'Checkout', slug: 'checkout', description: '', settings: DEFAULT_SETTINGS });
  });

  it('treats explicit nulls in settings as defaults', () => {
    expect(CreateProjectInputModel.parse({ organizationId: ORG, name: 'n', slug: 's', settings: { labels: null, blockPromotionOnWarn: true } }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      blockPromotionOnWarn: true,
    });
  });

  it('refuses unknown settings keys, plain-http links and too many labels, naming the field', () => {
    const issuePath = (settings: unknown) => ProjectSettingsModel.safeParse(settings).error?.issues[0]?.path.join('.');
    expect(issuePath({ colour: 'red' })).toBe('');
    expect(issuePath({ links: [{ title: 'Docs', url: 'http://example.com' }] })).toBe('links.0.url');
    expect(issuePath({ labels: Array.from({ length: 21 }, (_, i) => `l${i}`) })).toBe('labels');
    expect(issuePath({ labels: ['dup', 'dup'] })).toBe('labels');
  });
});
