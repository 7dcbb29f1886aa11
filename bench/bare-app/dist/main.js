// Says it has drawn, the way Intervju's UI does after its first screen.
window.addEventListener("DOMContentLoaded", () => {
  requestAnimationFrame(() => window.__TAURI__.event.emit("intervju://first-screen"));
});
