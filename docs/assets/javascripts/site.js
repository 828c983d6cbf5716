// The site's own scripts, one file so that a first visit needs one request for them. Each section
// keeps its names to itself.

// ===== Kopieer link per tip =====

/* "Kopieer link" per tip: copies the tip's absolute address (the page's canonical URL + #tip-id) and
   says so in the tip's live region, for sighted and screen-reader users: "Link gekopieerd", once, then the
   region is empty again. The role template (overrides/partials/role.html) writes each button hidden, so
   that the page does not move when this script shows it; without JavaScript the tip's address still works.
   Where the browser has no clipboard for the page (plain HTTP is not a secure context) or refuses it,
   the address appears in a read-only field, selected, to copy by hand; the browser's older copy command
   copies it too where it works. Its texts are in the page's language, in data-tekst-* attributes of the
   list of tips. */
(function () {
  "use strict";

  const SAID_FOR_MILLISECONDS = 5000;

  // The tip on the hosted site: every page's canonical link is its hosted directory address
  // (rollen/docent/), in the offline copy too (hooks/offline.py), as tests/public_addresses.txt promises.
  function tipAddress(tipId) {
    return new URL("#" + tipId, document.querySelector('link[rel="canonical"]').href).href;
  }

  // The address in a read-only field after the button, selected; made on first use. True if it was copied.
  function showAddress(control, address, texts) {
    let field = control.querySelector(".tip-link__adres input");
    if (!field) {
      const label = document.createElement("label");
      label.className = "tip-link__adres";
      label.textContent = texts.tekstLinkNaarTip;
      field = document.createElement("input");
      field.type = "text";
      field.readOnly = true;
      label.append(field);
      control.append(label);
    }
    field.value = address;
    field.focus();
    field.select();
    field.scrollLeft = 0;
    return document.execCommand("copy");
  }

  function enable(button) {
    const control = button.parentElement;
    const status = control.querySelector(".tip-link__status");
    const texts = button.closest(".tips").dataset;
    let clearing = null;
    function say(text) {
      window.clearTimeout(clearing);
      status.classList.add("tip-link__status--gebruikt");
      status.textContent = text;
      clearing = window.setTimeout(function () { status.textContent = ""; }, SAID_FOR_MILLISECONDS);
    }
    function copyByHand(address) {
      say(showAddress(control, address, texts) ? texts.tekstLinkGekopieerd : texts.tekstKopieerZelf);
    }
    button.addEventListener("click", function () {
      const address = tipAddress(button.dataset.tip);
      status.textContent = "";
      if (!navigator.clipboard) {
        copyByHand(address);
        return;
      }
      navigator.clipboard.writeText(address).then(
        function () { say(texts.tekstLinkGekopieerd); },
        function () { copyByHand(address); }
      );
    });
    button.hidden = false;
  }

  function enableCopyButtons() {
    document.querySelectorAll(".tip-link__button[hidden]").forEach(enable);
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(enableCopyButtons);
  } else {
    enableCopyButtons();
  }
})();

// ===== Snel weg =====

// Quick exit ("Snel weg"), after GOV.UK Frontend's "Exit this page" component. The button (clicked, or
// Enter), or Shift pressed on its own 3 times in a row with at most 5 seconds between presses, leaves for
// the neutral site at once. snelWegVerlaten() does that: overrides/partials/snel-weg-guard.html, a script
// in every page's <head>, which also keeps every earlier page of the visit in this tab from showing again
// by Back or Forward (how: its comment, and CONTRIBUTING.md "Quick exit"). Without JavaScript, or if that
// guard did not run, the button is an ordinary link to the same site.
//
// Shift counts only on its own: no other key and no click between its keydown and its keyup. So a capital
// letter never counts, whichever key is let go first, and neither does Shift+click (which extends a text
// selection). Any other key or click, or 5 seconds without a press, ends the count. The status region
// speaks from the second press on: one Shift alone (a screen reader pausing its speech, a capital letter
// typed with Sticky Keys) says nothing. A count that ends after it did speak says so once; after 5 seconds
// the region is empty again.
//
// A page opened at a fragment (a link to a tip, /rollen/docent/#docent-...) would start Tab after that
// fragment, at the tip's copy button. There the first Tab goes to Snel weg, as on any other page. Links
// within the page (the skip link, the table of contents) keep Tab where they lead.
//
// What the status region says is in the page's language, in data-tekst-* attributes of the region.
(() => {
  const PRESSES_TO_LEAVE = 3;
  const MILLISECONDS_BETWEEN_PRESSES = 5000;
  const button = document.querySelector(".snel-weg__knop");
  const message = document.querySelector(".snel-weg__melding");
  if (!button || !message || typeof window.snelWegVerlaten !== "function") {
    return;
  }

  let presses = 0;
  let countTimer = null;
  let silenceTimer = null;
  let shiftAlone = false; // Shift is down, and no other key or click has come since
  let firstTabToButton = location.hash !== "";

  const say = (text) => {
    window.clearTimeout(silenceTimer);
    message.textContent = text;
  };

  const leave = () => {
    window.clearTimeout(countTimer);
    say("");
    window.snelWegVerlaten(button.href);
  };

  const endCount = () => {
    window.clearTimeout(countTimer);
    const spoke = presses > 1;
    presses = 0;
    if (spoke) {
      say(message.dataset.tekstSnelWegBlijven);
      silenceTimer = window.setTimeout(() => say(""), MILLISECONDS_BETWEEN_PRESSES);
    }
  };

  const countShift = () => {
    presses += 1;
    window.clearTimeout(countTimer);
    if (presses >= PRESSES_TO_LEAVE) {
      leave();
      return;
    }
    if (presses > 1) {
      say(message.dataset.tekstSnelWegNogDrukken.replace("{aantal}", PRESSES_TO_LEAVE - presses));
    }
    countTimer = window.setTimeout(endCount, MILLISECONDS_BETWEEN_PRESSES);
  };

  const somethingElse = () => {
    shiftAlone = false;
    if (presses > 0) {
      endCount();
    }
  };

  button.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Shift") {
      if (!event.repeat) {
        shiftAlone = !(event.ctrlKey || event.altKey || event.metaKey);
      }
      return;
    }
    somethingElse();
    const focusIsNowhere = !document.activeElement || document.activeElement === document.body;
    const plainTab = event.key === "Tab" && !(event.shiftKey || event.altKey || event.ctrlKey || event.metaKey);
    if (firstTabToButton && plainTab && focusIsNowhere) {
      event.preventDefault();
      // The button is always in view in the sticky header; scrolling "to" it would only lose the fragment.
      button.focus({ preventScroll: true });
    }
  }, true);

  document.addEventListener("keyup", (event) => {
    if (event.key !== "Shift") {
      somethingElse();
    } else if (shiftAlone) {
      shiftAlone = false;
      countShift();
    }
  }, true);

  document.addEventListener("pointerdown", () => {
    firstTabToButton = false;
    somethingElse();
  }, true);
  document.addEventListener("focusin", () => { firstTabToButton = false; }, true);
  window.addEventListener("hashchange", () => { firstTabToButton = false; });
})();

// ===== Kleurenschema =====

// The colour-scheme toggle (overrides/partials/palette.html): a button that chooses the next of
// Material's palette options by clicking its (hidden) radio button, which Material's palette script
// listens to. Material then shows the button for the new scheme; the focus moves to it, so that the
// keyboard user stays on the toggle. Material's own Enter handler on the form is not needed.
(() => {
  const form = document.querySelector('[data-md-component="palette"]');
  if (!form) {
    return;
  }
  form.querySelectorAll("button[data-kies]").forEach((toggle) => {
    toggle.addEventListener("keydown", (event) => event.stopPropagation());
    toggle.addEventListener("click", () => {
      const hadFocus = document.activeElement === toggle;
      const option = document.getElementById(toggle.dataset.kies);
      form.querySelectorAll("input").forEach((input) => { input.checked = false; });
      option.click();
      // Material hides this button and shows the other one; the focus goes with it.
      const focusShownToggle = () => {
        const shown = form.querySelector("button[data-kies]:not([hidden])");
        if (shown && document.activeElement !== shown) {
          shown.focus();
        }
      };
      if (hadFocus) {
        focusShownToggle();
        window.requestAnimationFrame(focusShownToggle);
      }
    });
  });
})();

// ===== Knoppen in de paginakop =====

// The header's menu and search buttons (hooks/material_internals.py makes them from Material's <label>s)
// toggle Material's hidden checkboxes, as the labels did. Opening the menu or the search with the
// keyboard moves the focus into it.
//
// Escape closes the search: Material then takes the focus from the search box and leaves it nowhere
// (on <body>). It goes back to where it came from into the search, or else to the search button where
// that is shown (on a narrow screen), so the keyboard goes on from there (WCAG 2.4.3).
(() => {
  const search = document.querySelector('[data-md-component="search"]');
  const searchToggle = document.getElementById("__search");
  const searchButton = document.querySelector('.md-header button[data-md-for="__search"]');
  let cameFrom = null;
  if (search && searchToggle) {
    document.addEventListener("focusin", (event) => {
      if (search.contains(event.target) && !search.contains(event.relatedTarget)) {
        cameFrom = event.relatedTarget;
      }
    });
    // Material's own Escape runs after this one, on `window`: move the focus once it has closed the search.
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !search.contains(document.activeElement)) {
        return;
      }
      window.setTimeout(() => {
        const lost = document.activeElement === document.body || search.contains(document.activeElement);
        const back = [cameFrom, searchButton].find((element) => element && element.getClientRects().length > 0);
        if (!searchToggle.checked && lost && back) {
          back.focus();
        }
      });
    }, true);
  }

  document.querySelectorAll(".md-header button[data-md-for]").forEach((button) => {
    button.addEventListener("click", (event) => {
      const toggle = document.getElementById(button.dataset.mdFor);
      if (!toggle) {
        return;
      }
      toggle.click();
      // Only from the keyboard (a click with no pointer has detail 0): a pointer user stays where they are.
      if (!toggle.checked || event.detail !== 0) {
        return;
      }
      const target = toggle.id === "__drawer"
        ? document.querySelector(".md-sidebar--primary a[href]")
        : document.querySelector(".md-search__input");
      if (target) {
        target.focus();
      }
    });
  });
})();

// ===== Hoogte van de paginakop =====

// The sticky header is one row high, or two where "Snel weg" takes a row of its own (site.css, "Snel weg"),
// which depends on the screen, the text size and the language. Its height, as `--kop-hoogte` on the root,
// keeps a control that the keyboard scrolls to clear of it (site.css, `scroll-padding-top`; WCAG 2.4.11).
(() => {
  const header = document.querySelector(".md-header");
  if (!header || typeof ResizeObserver !== "function") {
    return;
  }
  new ResizeObserver(() => {
    document.documentElement.style.setProperty("--kop-hoogte", `${header.offsetHeight}px`);
  }).observe(header);
})();

// ===== Keyboard access to the navigation drawer =====

// Keyboard access to the navigation drawer on narrow screens. There Material slides the closed drawer
// off screen, but its links stay in the tab order: open the drawer while the keyboard focus is inside
// it, and close it when the focus leaves. (The menu button opens it too: "Knoppen in de paginakop".)
// Escape closes the open drawer and puts the focus on the menu button, which opens it again.
(() => {
  const drawerToggle = document.querySelector('[data-md-toggle="drawer"]')
  const drawer = document.querySelector(".md-sidebar--primary")
  const drawerIsOffCanvas = window.matchMedia("(max-width: 76.234375em)")
  const menuButton = document.querySelector('.md-header button[data-md-for="__drawer"]')

  function setDrawerOpen(open) {
    if (drawerIsOffCanvas.matches && drawerToggle.checked !== open) {
      drawerToggle.click()
    }
  }

  if (drawerToggle && drawer) {
    drawer.addEventListener("focusin", () => setDrawerOpen(true))
    drawer.addEventListener("focusout", event => {
      if (!drawer.contains(event.relatedTarget)) {
        setDrawerOpen(false)
      }
    })
    document.addEventListener("keydown", event => {
      if (event.key === "Escape" && drawerToggle.checked && drawerIsOffCanvas.matches) {
        setDrawerOpen(false)
        if (menuButton) {
          menuButton.focus()
        }
      }
    })
  }
})();
