/* "Kopieer link" per tip: copies the tip's absolute address (the page's canonical URL + #tip-id) and
   says so in a live region, for sighted and screen-reader users. Without JavaScript the heading's
   permalink still links to the tip. */
(function () {
  "use strict";

  // The tip on the hosted site. The offline copy's pages end in .html (rollen/docent.html); the hosted
  // site's addresses are directory URLs (rollen/docent/), the ones tests/public_addresses.txt promises.
  function tipAddress(tip) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var page = canonical ? canonical.href : location.href.split("#")[0];
    var hostedPage = page.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/");
    return new URL("#" + tip.id, hostedPage).href;
  }

  function addCopyControl(tip) {
    var control = document.createElement("div");
    control.className = "tip-link";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "tip-link__button md-button";
    button.textContent = "Kopieer link";
    button.setAttribute("aria-describedby", tip.id);
    var status = document.createElement("span");
    status.className = "tip-link__status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    button.addEventListener("click", function () {
      var address = tipAddress(tip);
      status.textContent = "";
      navigator.clipboard.writeText(address).then(
        function () { status.textContent = "Link gekopieerd: " + address; },
        function () { status.textContent = "Kopiëren lukt niet. De link is: " + address; }
      );
    });
    control.append(button, status);
    tip.after(control);
  }

  function addCopyControls() {
    document.querySelectorAll("article h2.tip[id]").forEach(function (tip) {
      if (!(tip.nextElementSibling && tip.nextElementSibling.classList.contains("tip-link"))) {
        addCopyControl(tip);
      }
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(addCopyControls);
  } else {
    addCopyControls();
  }
})();
