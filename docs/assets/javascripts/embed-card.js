// The quick exit of a card in an intranet page's frame (overrides/embed-card.html). "Snel weg" hides the
// card at once, then replaces the whole intranet page (the top window) with the neutral site, so that
// Back does not return to it. A frame may navigate its top window on a click unless the intranet gives it
// a sandbox without allow-top-navigation(-by-user-activation); the browser then refuses, and the card says
// so in place of its content: Snel weg could only close the card, so close the tab as well (in the card's
// language: a data-tekst-* attribute of the message). Without JavaScript the button is a link to the neutral
// site in the top window.
(() => {
  const button = document.querySelector(".snel-weg__knop");
  const message = document.querySelector(".kaart__melding");
  if (!button || !message) {
    return;
  }

  const refused = () => {
    message.parentElement.replaceChildren(message);
    document.body.classList.remove("snel-weg-verlaten");
    message.textContent = message.dataset.tekstSnelWegAlleenBlok;
  };

  button.addEventListener("click", (event) => {
    event.preventDefault();
    document.body.classList.add("snel-weg-verlaten"); // site.css hides everything
    if (window.top === window.self) {
      window.location.replace(button.href);
      return;
    }
    try {
      window.top.location.replace(button.href);
    } catch {
      refused(); // a SecurityError: the sandbox forbids it (HTML's "allowed by sandboxing to navigate")
    }
  });
})();
