// Keyboard access to the navigation drawer on narrow screens. There Material slides the closed drawer
// off screen, but its links stay in the tab order and its menu button is a <label> the keyboard cannot
// reach: open the drawer while the keyboard focus is inside it, and close it when the focus leaves.
const drawerToggle = document.querySelector('[data-md-toggle="drawer"]')
const drawer = document.querySelector(".md-sidebar--primary")
const drawerIsOffCanvas = window.matchMedia("(max-width: 76.234375em)")

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
}
