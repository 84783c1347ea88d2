// An app built from web components mounts the widget inside its own shadow root.
customElements.define('app-shell', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<main><p>App content</p><div id="support-slot"></div></main>';
  }
  connectedCallback() {
    Lifebuoy('init', { adapter: { type: 'demo', options: { latency: 0, namespace: 'nested' } }, container: this.shadowRoot.getElementById('support-slot') });
  }
});
