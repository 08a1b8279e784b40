// Presentasjon: clicker keys, presentation mode and the chart's share of the screen.
//
// Mounted once per run by src/ui/story.py (Streamlit custom component v2). Streamlit calls this
// function again on every rerun with new `data`, so everything that must outlive one call (the
// key listener, the queue of requested slides) lives on `window.__klyngeStory`.
//
// Keys ask for an absolute slide (`{to, seq}`), never a step: three quick presses while the
// server is still busy send 2, 3, 4 and the last one wins, so no press is dropped or counted twice.
// The server echoes the last `seq` it handled; until it catches up, this side keeps its own target.

const NEXT = new Set(["PageDown", "ArrowRight", "ArrowDown", " ", "Spacebar", ".", "n", "N"]);
const PREVIOUS = new Set(["PageUp", "ArrowLeft", "ArrowUp", "b", "B"]);
const STALE_MS = 5000;
const TYPING = "input, textarea, select, [contenteditable='true'], [role='combobox'], [role='slider']";

function story() {
  if (!window.__klyngeStory) {
    window.__klyngeStory = { target: null, seq: 0, data: null, send: null, installed: false };
  }
  return window.__klyngeStory;
}

function setPresenting(on) {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set("embed", "true");
  else url.searchParams.delete("embed");
  window.location.assign(url.toString());
}

function go(state, to) {
  const data = state.data;
  if (!data || !state.send) return;
  const target = Math.min(Math.max(to, 1), data.total);
  if (target === state.target) return;
  state.target = target;
  state.seq += 1;
  state.pressedAt = performance.now();
  state.send("go", { to: target, seq: state.seq });
}

function onKey(event) {
  const state = story();
  const data = state.data;
  if (!data || !document.querySelector(".st-key-story_slide, .st-key-story_join")) return; // another page
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
  const origin = event.composedPath ? event.composedPath()[0] : event.target;
  if (origin instanceof Element && origin.closest(TYPING)) return;
  const key = event.key;
  let handled = true;
  if (NEXT.has(key) && !(key === " " && event.shiftKey)) go(state, state.target + 1);
  else if (PREVIOUS.has(key) || (key === " " && event.shiftKey)) go(state, state.target - 1);
  else if (key === "Home") go(state, 1);
  else if (key === "End") go(state, data.total);
  else if (key === "q" || key === "Q") state.send("qr", Date.now());
  else if ((key === "p" || key === "P") && !data.presenting) setPresenting(true);
  else if (key === "Escape" && data.qr) state.send("qr", Date.now());
  else if (key === "Escape" && data.presenting) setPresenting(false);
  else handled = false;
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
}

// The slide fills the window below the bar, and the chart box gets the height the slide leaves free:
// the window minus everything above the box and the source line below it. Neither depends on the
// chart's own height, so setting them cannot feed back into the next measurement.
const BOTTOM_GAP = 16;

function setPx(name, value) {
  const root = document.documentElement;
  if (root.style.getPropertyValue(name) !== `${value}px`) root.style.setProperty(name, `${value}px`);
}

function fit() {
  const slide = document.querySelector(".st-key-story_slide");
  const main = document.querySelector('[data-testid="stMain"]');
  if (!slide || !main) return;
  const scroll = main.scrollTop;
  setPx("--story-slide-h", Math.floor(window.innerHeight - (slide.getBoundingClientRect().top + scroll) - BOTTOM_GAP));
  const box = document.querySelector(".st-key-story_chart");
  const source = document.querySelector(".st-key-story_source");
  if (!box) return;
  const below = (source ? source.getBoundingClientRect().height : 0) + 2 * BOTTOM_GAP;
  const free = Math.floor(window.innerHeight - (box.getBoundingClientRect().top + scroll) - below - BOTTOM_GAP);
  setPx("--story-chart-h", Math.max(free, 200));
}

function install(state) {
  if (state.installed) return;
  state.installed = true;
  window.addEventListener("keydown", onKey, { capture: true });
  window.addEventListener("resize", fit);
  new ResizeObserver(fit).observe(document.body);
  new MutationObserver(() => window.requestAnimationFrame(fit)).observe(document.body, {
    childList: true,
    subtree: true,
  });
}

export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  const state = story();
  state.data = data;
  state.send = setTriggerValue;
  // Adopt the server's slide once it has handled every press (it may have moved the slide itself: a
  // button, the address), or when it has not answered for a while (a restarted server forgot the count).
  const stale = performance.now() - (state.pressedAt || 0) > STALE_MS;
  if (state.target === null || data.seq >= state.seq || stale) {
    state.target = data.slide;
    state.seq = data.seq;
  }
  install(state);

  let button = parentElement.querySelector("button");
  if (!button) {
    button = document.createElement("button");
    button.type = "button";
    button.addEventListener("click", () => setPresenting(!story().data.presenting));
    parentElement.appendChild(button);
  }
  button.textContent = data.presenting ? data.exit_label : data.present_label;
  button.title = data.presenting ? "" : data.present_help;
  window.requestAnimationFrame(fit);
}
