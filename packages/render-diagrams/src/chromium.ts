/**
 * Debian's Chromium (`apt-get install chromium`), which this repository uses instead of a browser
 * downloaded by npm (the root `.puppeteerrc.cjs` turns puppeteer's download off).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launch flags that work as root on a closed network: no sandbox (root), no GPU, none of
 * Chromium's background connections (a closed network refuses them many times over), and no
 * reliance on /dev/shm, which is 64 MB in a Docker container.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
