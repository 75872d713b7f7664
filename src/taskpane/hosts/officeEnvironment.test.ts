import { luminance } from './officeEnvironment';

describe('luminance of an Office theme colour', () => {
  it('tells the dark themes from the light ones', () => {
    // Office's own body backgrounds: White, Colorful, Dark Gray, Black.
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(luminance('#E6E6E6')!).toBeGreaterThan(0.4);
    expect(luminance('#444444')!).toBeLessThan(0.4);
    expect(luminance('000000')).toBe(0);
  });

  it('gives null for anything that is not #rrggbb', () => {
    expect(luminance('white')).toBeNull();
    expect(luminance('#fff')).toBeNull();
  });
});
