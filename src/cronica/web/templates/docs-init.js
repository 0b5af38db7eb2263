/* Starts Swagger UI (installed with the swagger-ui-bundle-v2 package, served by the app) on cronica's schema. */
window.addEventListener("load", function () {
  "use strict";
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
