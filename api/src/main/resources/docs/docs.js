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

  // Swagger UI draws parts that keyboards and screen readers cannot use; mend them whenever they are drawn.
  const mend = () => {
    // The server picker has no label.
    const servers = document.getElementById('servers');
    if (servers && !servers.hasAttribute('aria-label')) {
      servers.setAttribute('aria-label', 'Server');
    }
    // Example bodies scroll sideways (overflow-x: auto) but cannot take the focus, so a keyboard cannot scroll them
    // (WCAG 2.1.1; axe's scrollable-region-focusable).
    for (const example of document.querySelectorAll('#swagger-ui pre.microlight:not([tabindex]), #swagger-ui .highlight-code pre:not([tabindex])')) {
      example.setAttribute('tabindex', '0');
    }
  };
  new MutationObserver(mend).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
});
