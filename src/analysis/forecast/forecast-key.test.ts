import { describe, expect, it } from 'vitest';
import { forecastFrameworkVersion, frameworkSourceFiles } from './forecast-key.js';

describe('the code a stored forecast is keyed by', () => {
  it("covers the framework's folder and upstream/ (the nowcast that fills months before a forecast), tests left out", () => {
    const files = frameworkSourceFiles();
    expect(files).toContain('window.ts');
    expect(files).toContain('card-text.ts');
    expect(files).toContain('upstream/nowcast-fill.ts');
    expect(files).toContain('upstream/nowcast.ts');
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    expect(forecastFrameworkVersion()).toMatch(/^[0-9a-f]{12}$/);
  });
});
