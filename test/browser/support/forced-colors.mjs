// A test-runner command that turns Chromium's forced-colours emulation on or off (Windows High
// Contrast as a page sees it). @web/test-runner-commands' emulateMedia passes `forcedColors` to
// Playwright only, so this goes through the DevTools protocol. Firefox has no such emulation:
// the command answers false there, and the tests that need it skip.
export function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !/^Chrom/.test(session.browser.name))
        return false;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      const value = /** @type {{ active: boolean }} */ (payload).active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value }],
      });
      return true;
    },
  };
}
