// The review's trend charts, drawn by Chart.js (vendored from npm). The library is loaded the
// first time a chart is needed, so start-up does not pay for it. Every chart also has a table
// with the same numbers for screen readers and for print.
import { t, formatDateTime } from "./i18n.js";
import { h } from "./dom.js";

let loading = null;

/** Loads Chart.js once; resolves to the Chart constructor. */
export function chartLibrary() {
  loading ??= new Promise((resolve, reject) => {
    if (window.Chart) return resolve(window.Chart);
    const script = h("script", { src: "vendor/chart.js/chart.umd.min.js" });
    script.addEventListener("load", () => resolve(window.Chart));
    script.addEventListener("error", () => reject(new Error("chart library missing")));
    document.head.append(script);
  });
  return loading;
}

const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function colours() {
  return {
    accent: css("--accent") || "#2563eb",
    second: css("--chart-second") || "#d97706",
    yes: css("--chart-yes") || "#15803d",
    partly: css("--chart-partly") || "#ca8a04",
    no: css("--chart-no") || "#b91c1c",
    grid: css("--line") || "#ddd",
    text: css("--muted") || "#555",
  };
}

/** A canvas with its accessible twin: a table of the same figures, visually hidden on screen. */
function figure(id, title, canvas, table) {
  return h("figure", { class: "chart card", id },
    h("figcaption", {}, h("h3", {}, title)),
    h("div", { class: "chart-box" }, canvas),
    table);
}

function dataTable(caption, head, rows) {
  return h("table", { class: "chart-data" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, head.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c) : h("td", {}, c)))))));
}

const day = (p) => formatDateTime(p.startUtc, undefined, { weekday: undefined, hour: undefined, minute: undefined, year: undefined, month: "short" });
const label = (p) => `${day(p)} ${p.company}`;

/** Builds the trend charts into figures; returns them with a function that draws them. */
export function trendFigures(trends) {
  const c = colours();
  const points = trends.points;
  // Short dates on the axis; the employer is in each point's tooltip and in the table.
  const labels = points.map(day);
  const base = (extra = {}) => ({
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { labels: { color: c.text, usePointStyle: true } },
      tooltip: { callbacks: { title: (items) => items.map((i) => label(points[i.dataIndex])) } },
    },
    scales: {
      x: { ticks: { color: c.text, maxRotation: 0, autoSkip: true }, grid: { color: c.grid } },
      y: { ticks: { color: c.text }, grid: { color: c.grid }, ...extra },
    },
  });
  const scaleAxis = (name) => ({ min: 1, max: 5, ticks: { stepSize: 1, color: c.text, callback: (v) => (name ? t(`${name}-${v}`) : v) } });
  const specs = [];

  const stress = h("canvas", { role: "img", "aria-label": t("chart-stress-title") });
  specs.push([stress, {
    type: "line",
    data: { labels, datasets: [{ label: t("chart-stress-title"), data: points.map((p) => p.feeling), borderColor: c.no, backgroundColor: c.no, spanGaps: true, tension: 0.25 }] },
    options: { ...base(), plugins: { ...base().plugins, legend: { display: false } }, scales: { ...base().scales, y: { ...base().scales.y, ...scaleAxis("feeling") } } },
  }]);
  const rating = h("canvas", { role: "img", "aria-label": t("chart-rating-title") });
  specs.push([rating, {
    type: "line",
    data: {
      labels,
      datasets: [
        { label: t("chart-rating-first"), data: points.map((p) => p.firstRating), borderColor: c.accent, backgroundColor: c.accent, spanGaps: true, tension: 0.25 },
        { label: t("chart-rating-later"), data: points.map((p) => p.laterRating), borderColor: c.second, backgroundColor: c.second, borderDash: [6, 4], spanGaps: true, tension: 0.25 },
      ],
    },
    options: { ...base(), scales: { ...base().scales, y: { ...base().scales.y, ...scaleAxis(null) } } },
  }]);
  const answers = [
    ["chart-said-everything", trends.saidEverything],
    ["chart-enough-time", trends.enoughTime],
    ["chart-strengths", trends.presentedStrengths],
  ];
  const tally = h("canvas", { role: "img", "aria-label": t("chart-answers-title") });
  specs.push([tally, {
    type: "bar",
    data: {
      labels: answers.map(([id]) => t(id)),
      datasets: ["yes", "partly", "no"].map((a) => ({ label: t(`answer-${a}`), data: answers.map(([, n]) => n[a]), backgroundColor: c[a] })),
    },
    options: { ...base(), plugins: { legend: base().plugins.legend }, indexAxis: "y", scales: { x: { ...base().scales.x, stacked: true, ticks: { precision: 0, color: c.text } }, y: { ...base().scales.y, stacked: true } } },
  }]);

  const figures = [
    figure("chart-stress", t("chart-stress-title"), stress,
      dataTable(t("chart-stress-title"), [t("col-interview"), t("chart-stress-title")],
        points.map((p) => [label(p), p.feeling ? t(`feeling-${p.feeling}`) : "–"]))),
    figure("chart-rating", t("chart-rating-title"), rating,
      dataTable(t("chart-rating-title"), [t("col-interview"), t("chart-rating-first"), t("chart-rating-later")],
        points.map((p) => [label(p), p.firstRating ?? "–", p.laterRating ?? "–"]))),
    figure("chart-answers", t("chart-answers-title"), tally,
      dataTable(t("chart-answers-title"), ["", t("answer-yes"), t("answer-partly"), t("answer-no")],
        answers.map(([id, n]) => [t(id), n.yes, n.partly, n.no]))),
  ];
  const draw = async () => {
    const Chart = await chartLibrary();
    return specs.map(([canvas, config]) => new Chart(canvas, config));
  };
  return { figures, draw };
}
