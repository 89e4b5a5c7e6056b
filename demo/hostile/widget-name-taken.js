// The host page's own element that happens to be called record-access-guide, defined before the guide's script.
customElements.define(
  'record-access-guide',
  class HostOwnElement extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The host page’s own element is working.';
      this.dataset.hostElement = 'ready';
    }
  },
);
