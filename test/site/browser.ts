import type { Browser } from 'playwright-core';

interface SparticuzChromium {
  executablePath(): Promise<string>;
  args: string[];
}

/**
 * A real headless Chromium from the npm package (@sparticuz/chromium ships the binary; no
 * download, works offline). Its CommonJS build is used, as jest runs tests as CommonJS.
 */
export async function launchChromium(): Promise<Browser> {
  const module = (await import('@sparticuz/chromium')) as unknown as { default?: SparticuzChromium } & SparticuzChromium;
  const chromium = module.default ?? module;
  const { chromium: playwright } = await import('playwright-core');
  // --single-process suits a serverless function with one page; with a context per test it
  // brings the whole browser down when a context closes.
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}
