// Quick exit ("Snel weg"), after GOV.UK Frontend's "Exit this page" component. The button, or pressing
// Shift 3 times in a row with at most 5 seconds between presses, hides the page at once and replaces it
// in the browser's history with a neutral site, so that Back does not return here. Shift used together
// with another key does not count; any other key starts the count again. Without JavaScript the button
// is an ordinary link to the same site.
(() => {
  const PRESSES_TO_LEAVE = 3;
  const MILLISECONDS_BETWEEN_PRESSES = 5000;
  const button = document.querySelector(".snel-weg__knop");
  const message = document.querySelector(".snel-weg__melding");
  if (!button || !message) {
    return;
  }

  let presses = 0;
  let timer = null;
  // Shift+A ends with a keyup of A that has shiftKey set, then a keyup of Shift: that Shift does not count.
  let lastKeyWasModified = false;

  const leave = () => {
    document.body.classList.add("snel-weg-verlaten");
    window.location.replace(button.href);
  };

  const startAgain = () => {
    window.clearTimeout(timer);
    timer = null;
    presses = 0;
    message.textContent = `Gestopt. Druk ${PRESSES_TO_LEAVE} keer op Shift om deze site te verlaten.`;
  };

  const countShift = () => {
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= PRESSES_TO_LEAVE) {
      leave();
      return;
    }
    message.textContent = `Druk nog ${PRESSES_TO_LEAVE - presses} keer op Shift om deze site te verlaten`;
    timer = window.setTimeout(startAgain, MILLISECONDS_BETWEEN_PRESSES);
  };

  button.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });

  document.addEventListener("keyup", (event) => {
    if (event.key === "Shift" && !lastKeyWasModified) {
      countShift();
    } else if (presses > 0) {
      startAgain();
    }
    lastKeyWasModified = event.shiftKey;
  }, true);
})();
