// Browsers come from the system (Debian's chromium and firefox-esr); puppeteer's own download
// cannot reach its servers on our machines.
module.exports = { skipDownload: true };
