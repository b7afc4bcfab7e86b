/**
 * Says which Chromium the tests and the command line's PDF export will use (main/chromium/browser.ts),
 * by starting it once headless; the npm-shipped one is unpacked on the way, so the first test does
 * not pay for it. `npm test` runs this first. `--headed` asks about the Chromium host's window instead.
 */
import { ChromiumUnavailableError, describeChromium } from '../../main/chromium/browser';

const headless = !process.argv.includes('--headed');
try {
  const description = await describeChromium(headless);
  console.log(`${headless ? 'Chromium for the tests and the PDF export' : "Chromium for the host's window"}: ${description}`);
} catch (error) {
  console.error(error instanceof ChromiumUnavailableError ? error.message : error);
  process.exitCode = 1;
}
