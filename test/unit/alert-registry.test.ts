import { describe, expect, it } from 'vitest';
import { notifiers } from '../../src/alerts/registry.js';
import { AlertConfig } from '../../src/config/schema.js';

describe('notifier registry', () => {
  it('has one notifier per alert channel type in config, under its own type', () => {
    const configTypes = AlertConfig.options.map((option) => option.shape.type.value).sort();
    expect(Object.keys(notifiers).sort()).toEqual(configTypes);
    for (const [key, notifier] of Object.entries(notifiers)) expect(notifier.type).toBe(key);
  });
});
