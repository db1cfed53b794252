// Posts messages shaped like the embed page's to its parent, from a window that is not an embed.
for (const message of [
  { source: 'tensionkit', type: 'survey-submit', detail: { forged: true } },
  { source: 'tensionkit', type: 'resize', detail: { height: 7 } },
])
  parent.postMessage(message, '*');
parent.postMessage({ source: 'forger', type: 'done' }, '*');
