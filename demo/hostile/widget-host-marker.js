// The host page's own script, loaded after the guide's: proves the page kept running.
document.documentElement.dataset.hostScript = 'ran';
