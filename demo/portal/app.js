// The demo's single-page-app view: links swap the content in place and update the address with
// history.pushState, as many portal apps do. Content comes from <template>s (no HTML strings).
const view = document.getElementById('view');

function show(name) {
  const template = document.getElementById(`view-${name}`) ?? document.getElementById('view-summary');
  view.replaceChildren(template.content.cloneNode(true));
  document.title = `${template.content.querySelector('h2')?.textContent ?? 'Record'} - Health Record Demo (fictional portal)`;
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-view]') : null;
  if (!link) return;
  event.preventDefault();
  history.pushState({ view: link.dataset.view }, '', link.href);
  show(link.dataset.view);
});
window.addEventListener('popstate', () => show(new URL(location.href).searchParams.get('view') ?? 'summary'));
show(new URL(location.href).searchParams.get('view') ?? 'summary');
