// The timeline page: a stacked bar chart of events per month by type.
(function () {
  "use strict";
  var series = JSON.parse(document.getElementById("timeline-data").textContent);
  var colours = JSON.parse(document.getElementById("type-colours").textContent);
  var periods = [], types = [], counts = {};
  series.forEach(function (row) {
    if (periods.indexOf(row.period) < 0) { periods.push(row.period); }
    if (types.indexOf(row.type) < 0) { types.push(row.type); }
    counts[row.type + "|" + row.period] = row.count;
  });
  periods.sort();
  var datasets = types.map(function (t) {
    return {
      label: t,
      backgroundColor: colours[t] || "#555",
      data: periods.map(function (p) { return counts[t + "|" + p] || 0; }),
    };
  });
  var chart = new Chart(document.getElementById("timeline"), {
    type: "bar",
    data: { labels: periods, datasets: datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
  window.nkChart = chart;
  document.getElementById("timeline").dataset.bars = String(periods.length);
})();
