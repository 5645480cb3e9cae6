// Swagger UI on this server's own document. Nothing is fetched from elsewhere: no validator badge (it would send
// the document to validator.swagger.io), no top bar to load other documents. No deep links: Swagger UI puts them
// inside each operation's button, a link within a button that keyboards and screen readers cannot tell apart.
window.addEventListener('DOMContentLoaded', () => {
  window.ui = window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: false,
    validatorUrl: null,
    layout: 'BaseLayout',
    presets: [window.SwaggerUIBundle.presets.apis],
    defaultModelsExpandDepth: 0,
  });

  // Swagger UI's server picker has no label; give it one whenever it is drawn.
  const label = () => {
    const servers = document.getElementById('servers');
    if (servers && !servers.hasAttribute('aria-label')) {
      servers.setAttribute('aria-label', 'Server');
    }
  };
  new MutationObserver(label).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
});
