// The timeline page: a stacked bar chart of events per month by type, every month shown.
(function () {
  "use strict";
  var series = JSON.parse(document.getElementById("timeline-data").textContent);
  var colours = JSON.parse(document.getElementById("type-colours").textContent);
  var types = [], counts = {}, yearOnly = 0, first = null, last = null;
  series.forEach(function (row) {
    if (row.period.length < 7) { yearOnly += row.count; return; }  // dated to the year only
    if (types.indexOf(row.type) < 0) { types.push(row.type); }
    counts[row.type + "|" + row.period] = row.count;
    if (first === null || row.period < first) { first = row.period; }
    if (last === null || row.period > last) { last = row.period; }
  });
  var months = [];
  if (first !== null) {
    var y = +first.slice(0, 4), m = +first.slice(5, 7);
    for (;;) {
      var label = y + "-" + (m < 10 ? "0" : "") + m;
      months.push(label);
      if (label >= last) { break; }
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
  }
  var datasets = types.map(function (t) {
    return {
      label: t,
      backgroundColor: colours[t] || "#555",
      data: months.map(function (p) { return counts[t + "|" + p] || 0; }),
    };
  });
  var chart = new Chart(document.getElementById("timeline"), {
    type: "bar",
    data: { labels: months, datasets: datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
  window.nkChart = chart;
  document.getElementById("timeline").dataset.months = String(months.length);
  if (yearOnly) {
    document.getElementById("year-only-note").textContent = yearOnly +
      (yearOnly === 1 ? " matching event is" : " matching events are") +
      " dated only to a year and not in the chart (see the table).";
  }
})();
