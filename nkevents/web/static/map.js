// The map page: offline base map (provinces, border region), places clustered and coloured by type.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var places = JSON.parse(document.getElementById("map-data").textContent);
  var colours = JSON.parse(document.getElementById("type-colours").textContent);
  var query = box.dataset.query;
  var map = L.map("map", { center: [40.2, 127.4], zoom: 6, minZoom: 4, maxZoom: 14 });
  window.nkMap = map;
  map.attributionControl.addAttribution("Boundaries: Natural Earth (public domain)");

  if (box.dataset.tiles) {
    L.tileLayer(box.dataset.tiles, { maxZoom: 18, attribution: "configured tile layer" }).addTo(map);
  }
  function outline(url, style, label) {
    return fetch(url).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (!geo) { return; }
      var layer = L.geoJSON(geo, { style: style, interactive: !!label });
      if (label) { layer.bindTooltip(function (l) { return escapeHtml(l.feature.properties.name); }, { sticky: true }); }
      layer.addTo(map);
      layer.bringToBack();
      if (label) {
        geo.features.forEach(function (f) {
          var p = f.properties;
          if (p.label_lat == null) { return; }
          L.tooltip({ permanent: true, direction: "center", className: "province-label", interactive: false })
            .setLatLng([p.label_lat, p.label_lon]).setContent(escapeHtml(p.name)).addTo(map);
        });
      }
    });
  }
  if (box.dataset.border) {
    outline("/static/geo/border_region.geojson",
      { color: "#9aa5b1", weight: 1, fillColor: "#e4e7eb", fillOpacity: 1 }, false);
  }
  outline("/static/geo/nk_admin1_naturalearth.geojson",
    { color: "#5d6d7e", weight: 1.2, fillColor: "#fbfaf5", fillOpacity: 1 }, true);

  function escapeHtml(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function dominant(types) {
    var best = null, n = -1;
    Object.keys(types).forEach(function (t) { if (types[t] > n) { best = t; n = types[t]; } });
    return best;
  }
  function icon(count, types) {
    var size = Math.min(44, 18 + Math.round(Math.log(count + 1) * 6));
    var colour = colours[dominant(types)] || "#555";
    return L.divIcon({
      className: "nk-marker",
      html: '<div class="dot" style="width:' + size + "px;height:" + size + "px;line-height:" + (size - 4) +
        "px;background:" + colour + ';color:#fff;text-align:center;font-size:11px;font-weight:600">' + count + "</div>",
      iconSize: [size, size],
    });
  }
  function popup(p) {
    var rows = Object.keys(p.types).sort(function (a, b) { return p.types[b] - p.types[a]; }).map(function (t) {
      return '<li><i style="display:inline-block;width:9px;height:9px;border-radius:50%;background:' +
        (colours[t] || "#555") + '"></i> ' + escapeHtml(t) + ": " + p.types[t] + "</li>";
    }).join("");
    var place = encodeURIComponent(p.place || "");
    var sep = query ? "&" : "";
    return '<div class="nk-popup"><strong>' + escapeHtml(p.place || "unnamed place") + "</strong>" +
      (p.admin1 && p.admin1 !== p.place ? " (" + escapeHtml(p.admin1) + ")" : "") +
      (p.precision ? ' <span class="muted">' + escapeHtml(p.precision) + "</span>" : "") +
      '<ul style="padding-left:1em;margin:.3em 0">' + rows + "</ul>" +
      '<a class="popup-events" href="/events?' + escapeHtml(query) + sep + "place=" + place + '">' + p.count +
      " events here</a> · <a href=\"/places/" + place + '">place page</a></div>';
  }
  function listEvents(pop, p) {
    var url = "/api/v1/events?" + (query ? query + "&" : "") + "limit=5&place=" + encodeURIComponent(p.place || "");
    fetch(url).then(function (r) { return r.ok ? r.json() : null; }).then(function (page) {
      if (!page || !page.items.length) { return; }
      var items = page.items.map(function (e) {
        return '<li><a href="/events/' + encodeURIComponent(e.id) + '">' + escapeHtml(e.type) + " " +
          escapeHtml(e.date || "undated") + "</a> " + escapeHtml((e.document_title || "").slice(0, 40)) + "</li>";
      }).join("");
      var more = page.total > page.items.length ? "<li>…</li>" : "";
      pop.setContent(popup(p) + '<ul class="popup-list" style="padding-left:1em;margin:.3em 0">' + items + more + "</ul>");
    });
  }
  var clusters = L.markerClusterGroup({
    maxClusterRadius: 40,
    iconCreateFunction: function (cluster) {
      var types = {}, count = 0;
      cluster.getAllChildMarkers().forEach(function (m) {
        count += m.options.count;
        Object.keys(m.options.types).forEach(function (t) { types[t] = (types[t] || 0) + m.options.types[t]; });
      });
      return icon(count, types);
    },
  });
  var bounds = [];
  places.features.forEach(function (f) {
    var c = f.geometry.coordinates, p = f.properties;
    var marker = L.marker([c[1], c[0]], { icon: icon(p.count, p.types), count: p.count, types: p.types,
      title: (p.place || "") + ": " + p.count + " events" });
    marker.bindPopup(popup(p));
    marker.on("popupopen", function (e) { listEvents(e.popup, p); });
    clusters.addLayer(marker);
    bounds.push([c[1], c[0]]);
  });
  map.addLayer(clusters);
  if (bounds.length > 1) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 8 }); }
  box.dataset.markers = String(places.features.length);
})();
