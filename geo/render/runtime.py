"""The page's own JavaScript: draws every event layer from compact data tables.

One script (static text, no article content) defines ``window.geoRender``. Each layer of
the map is one call ``geoRender.layer(map, kind, items, options)`` with a JSON array of
items instead of thousands of separate Leaflet objects written out one by one:

* lines, arrowheads, circles and country polygons go to a shared canvas renderer
  (``L.canvas``), so 10,000 events are not 10,000 SVG elements;
* point symbols are DOM markers (``L.divIcon``) while a layer has few of them, and are
  clustered (Leaflet.markercluster) when it has many;
* popups and tooltips are built only when an item is first clicked or hovered, from a
  table of strings that Python escaped (``geo.render.text.esc``) before writing it;
  the script only joins them with its own fixed markup;
* great-circle arcs are computed here from the two end points (the same formula as
  :mod:`geo.render.arcs`), so the page carries four numbers per flow, not fifty points.

``geoRender.count(kind, what)`` reports what is drawn right now (for tests and scripts).
"""

from __future__ import annotations

from geo.render.layers._draw import SHAPES
from geo.render.popups import TYPE_TITLES
from geo.render.text import js_literal

_JS = r"""
window.geoRender = (function () {
  "use strict";
  var S = [], DATES = [], LAYERS = [], ICONS = {};
  var SHAPES = __SHAPES__, TITLES = __TITLES__;
  var POP = {"maxWidth": 360, "className": "geo-popup"};
  var D2R = Math.PI / 180;

  function s(i) { return (i === null || i === undefined || i < 0) ? "" : S[i]; }

  function symbol(kind, colour, hollow) {
    return '<svg width="22" height="22" viewBox="0 0 22 22" fill="' +
      (hollow ? "#ffffff" : colour) + '" stroke="' + colour + '" stroke-width="' +
      (hollow ? 3 : 1.5) + '">' + SHAPES[kind] + "</svg>";
  }

  function popupHtml(p) {
    if (typeof p === "number") { return s(p); }
    var h = '<div class="geo-pop" dir="auto"><h4>' + s(p[0]) + '</h4><table class="geo-facts">';
    var i, rows = p[1], q = p[2];
    for (i = 0; i < rows.length; i += 2) {
      h += "<tr><th>" + s(rows[i]) + "</th><td>" + s(rows[i + 1]) + "</td></tr>";
    }
    h += "</table>";
    if (q.length || p[3] > 0) {
      h += '<ol class="geo-quotes">';
      for (i = 0; i < q.length; i += 2) {
        h += "<li><q><bdi>" + s(q[i]) + '</bdi></q><div class="geo-cite">\u2014 ' +
          s(q[i + 1]) + "</div></li>";
      }
      if (p[3] > 0) { h += "<li><small>and " + Number(p[3]) + " more</small></li>"; }
      h += "</ol>";
    }
    return h + "</div>";
  }

  function tipHtml(kind, t) {
    if (typeof t === "number") { return s(t); }
    var h = TITLES[kind] + " \u00b7 " + s(t[0]) + " \u00b7 " + s(t[1]);
    if (t[2] >= 0) { h += ": " + s(t[2]); }
    return h + " (" + s(t[3]) + (t[4] >= 0 ? ", " + s(t[4]) : "") + ")";
  }

  // -- great circles (see geo.render.arcs) --------------------------------------------
  function xyz(lat, lon) {
    var p = lat * D2R, l = lon * D2R;
    return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
  }
  function unwrap(pts) {
    for (var i = 1; i < pts.length; i++) {
      pts[i][1] += 360 * Math.round((pts[i - 1][1] - pts[i][1]) / 360);
    }
    return pts;
  }
  function arc(a, b, n) {
    var p = xyz(a[0], a[1]), q = xyz(b[0], b[1]);
    var dot = Math.max(-1, Math.min(1, p[0] * q[0] + p[1] * q[1] + p[2] * q[2]));
    var w = Math.acos(dot), pts = [], i, t, s1, s2, x, y, z;
    if (w < 1e-9 || Math.PI - w < 1e-9) { return unwrap([a.slice(), b.slice()]); }
    for (i = 0; i <= n; i++) {
      t = i / n;
      s1 = Math.sin((1 - t) * w) / Math.sin(w);
      s2 = Math.sin(t * w) / Math.sin(w);
      x = s1 * p[0] + s2 * q[0]; y = s1 * p[1] + s2 * q[1]; z = s1 * p[2] + s2 * q[2];
      pts.push([Math.atan2(z, Math.hypot(x, y)) / D2R, Math.atan2(y, x) / D2R]);
    }
    pts[0] = a.slice(); pts[n] = b.slice();
    return unwrap(pts);
  }
  function mercY(lat) {
    lat = Math.max(-85, Math.min(85, lat));
    return Math.log(Math.tan(Math.PI / 4 + lat * D2R / 2));
  }
  function bearing(a, b) {  // degrees clockwise from up, on a Web Mercator map
    return Math.atan2((b[1] - a[1]) * D2R, mercY(b[0]) - mercY(a[0])) / D2R;
  }

  // -- arrowheads: a path drawn by the renderer (canvas or SVG), not a DOM marker ------
  function arrowPoints(layer) {
    var p = layer._point, r = layer._radius, a = layer.options.angle * D2R;
    var c = Math.cos(a), sn = Math.sin(a);
    return [[0, -1.1], [1, 1], [0, 0.45], [-1, 1]].map(function (v) {
      var x = v[0] * r, y = v[1] * r;
      return [p.x + x * c - y * sn, p.y + x * sn + y * c];
    });
  }
  L.Canvas.include({
    _updateGeoArrow: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var ctx = this._ctx, pts = arrowPoints(layer);
      ctx.beginPath();
      ctx.moveTo(pts[0][0], pts[0][1]);
      for (var i = 1; i < pts.length; i++) { ctx.lineTo(pts[i][0], pts[i][1]); }
      ctx.closePath();
      this._fillStroke(ctx, layer);
    }
  });
  L.SVG.include({
    _updateGeoArrow: function (layer) {
      var d = arrowPoints(layer).map(function (q, i) {
        return (i ? "L" : "M") + q[0].toFixed(1) + " " + q[1].toFixed(1);
      }).join("") + "Z";
      this._setPath(layer, layer._empty() ? "M0 0" : d);
    }
  });
  var Arrow = L.CircleMarker.extend({
    _updatePath: function () { this._renderer._updateGeoArrow(this); },
    _containsPoint: function () { return false; }
  });

  // -- renderers: land on its own canvas below, everything else on one shared canvas --
  function renderer(map, which) {
    var r = map._geoRenderers || (map._geoRenderers = {});
    if (!r[which]) {
      if (which === "land") {
        var pane = map.createPane("geo-land");
        pane.style.zIndex = 350;
        pane.style.pointerEvents = "none";
        r[which] = L.canvas({"pane": "geo-land", "padding": 0.5});
      } else {
        r[which] = L.canvas({"padding": 0.5, "tolerance": 4});
      }
    }
    return r[which];
  }

  function icon(kind, colour, hollow, offset) {
    var key = [kind, colour, hollow, offset].join("|");
    if (!ICONS[key]) {
      ICONS[key] = L.divIcon({
        "html": symbol(kind, colour, hollow),
        "className": "geo-symbol geo-" + kind + (hollow ? " geo-tentative" : ""),
        "iconSize": [22, 22], "iconAnchor": [11 - 24 * offset, 11], "popupAnchor": [0, -11]
      });
    }
    return ICONS[key];
  }

  // -- one item of a layer → Leaflet layers: [[layer, role], ...] ---------------------
  function draw(kind, g, R) {
    var out = [];
    if (kind === "places") {
      out.push([L.marker([g[0], g[1]], {"keyboard": false, "icon": L.divIcon({
        "html": '<span class="geo-dot"></span>', "className": "geo-place",
        "iconSize": [g[2], g[2]], "iconAnchor": [g[2] / 2 | 0, g[2] / 2 | 0],
        "popupAnchor": [0, -(g[2] / 2 | 0)]})}), "point"]);
    } else if (kind === "deploy" && g.length > 3) {
      var pts = arc([g[0], g[1]], [g[2], g[3]], 48), colour = s(g[4]);
      out.push([L.polyline(pts, {"renderer": R, "color": colour, "weight": g[5],
        "opacity": 0.85, "dashArray": g[6] ? "6 5" : null, "className": "geo-flow geo-deploy",
        "interactive": true}), "line"]);
      var i = Math.max(1, Math.min(pts.length - 2, Math.round(0.8 * (pts.length - 1))));
      var ang = pts.length > 2 ? bearing(pts[i - 1], pts[i + 1]) : bearing(pts[0], pts[1]);
      if (pts.length <= 2) { i = pts.length - 1; }
      out.push([new Arrow(pts[i], {"renderer": R, "radius": 7, "angle": ang,
        "color": "#ffffff", "weight": 1, "opacity": 1, "fillColor": colour,
        "fillOpacity": 1, "interactive": false, "className": "geo-arrow"}), "arrow"]);
    } else if (kind === "deploy") {
      var c = s(g[2]);
      out.push([L.circleMarker([g[0], g[1]], {"renderer": R, "radius": 7, "color": c,
        "weight": 2, "fill": true, "fillColor": c, "fillOpacity": 0.35, "dashArray": "3 3",
        "className": "geo-deploy-point"}), "dot"]);
    } else {
      if (g.length > 5) {
        out.push([L.polyline(arc([g[5], g[6]], [g[0], g[1]], 48), {"renderer": R,
          "color": s(g[2]), "weight": 2.5, "opacity": 0.9, "dashArray": "8 6",
          "className": "geo-threat"}), "line"]);
      }
      out.push([L.marker([g[0], g[1]], {"keyboard": false,
        "icon": icon(kind, s(g[2]), g[3], g[4])}), "point"]);
    }
    return out;
  }

  function onClick(e) {
    var l = e.layer, it = l && l._geoItem;
    if (!it || l.getPopup()) { return; }
    l.bindPopup(popupHtml(it.p), POP);
    l.openPopup(l instanceof L.Marker ? undefined : e.latlng);
  }
  function onOver(e) {
    var l = e.layer, it = l && l._geoItem;
    if (!it || l.getTooltip()) { return; }
    l.bindTooltip(tipHtml(it.kind, it.t), {"sticky": true});
    l.openTooltip(e.latlng);
  }

  function layer(map, kind, items, opt) {
    var R = renderer(map, "over"), group = L.featureGroup();
    var pts = group;
    if (opt.cluster) {
      pts = L.markerClusterGroup({"chunkedLoading": true, "showCoverageOnHover": false,
                                  "maxClusterRadius": 40});
      group.addLayer(pts);
    }
    var rec = {"kind": kind, "group": group, "pts": pts, "entries": [], "map": map};
    var points = [], other = [];
    items.forEach(function (row) {
      var it = {"kind": kind, "p": row[2], "t": row[3]};
      var entry = {"d": row[1], "on": true, "parts": draw(kind, row[0], R)};
      entry.parts.forEach(function (part) {
        part[0]._geoItem = it;
        (part[1] === "point" ? points : other).push(part[0]);
      });
      rec.entries.push(entry);
    });
    other.forEach(function (l) { group.addLayer(l); });
    if (pts !== group) { pts.addLayers(points); } else {
      points.forEach(function (l) { group.addLayer(l); });
    }
    [group, pts].forEach(function (g, i) {
      if (i && g === group) { return; }
      g.on("click", onClick);
      g.on("mouseover", onOver);
    });
    LAYERS.push(rec);
    return group;
  }

  function geojson(map, data, o) {
    var group = L.featureGroup();
    var R = renderer(map, o.land ? "land" : "over");
    (o.shifts || [0]).forEach(function (dx) {
      group.addLayer(L.geoJSON(data, {
        "renderer": R, "interactive": o.interactive,
        "style": function (f) { return f.properties._style || o.style; },
        "coordsToLatLng": function (c) { return L.latLng(c[1], c[0] + dx); },
        "onEachFeature": function (f, l) {
          if (f.properties._tip) { l.bindTooltip(f.properties._tip, {"sticky": true}); }
        }
      }));
    });
    if (o.back) { group.on("add", function () { group.bringToBack(); }); }
    return group;
  }

  function strings(table, dates) { S = table; DATES = dates; }

  function show(cut) {  // cut: an index into DATES, or null for every date
    LAYERS.forEach(function (rec) {
      var addP = [], remP = [];
      rec.entries.forEach(function (entry) {
        var on = cut === null || entry.d < 0 || entry.d <= cut;
        if (on === entry.on) { return; }
        entry.on = on;
        entry.parts.forEach(function (part) {
          if (part[1] === "point" && rec.pts !== rec.group) {
            (on ? addP : remP).push(part[0]);
          } else if (on) { rec.group.addLayer(part[0]); } else { rec.group.removeLayer(part[0]); }
        });
      });
      if (remP.length) { rec.pts.removeLayers(remP); }
      if (addP.length) { rec.pts.addLayers(addP); }
    });
  }

  function timeFilter(map) {
    var ctl = L.control({"position": "bottomleft"});
    ctl.onAdd = function () {
      var box = L.DomUtil.create("div", "geo-time geo-box");
      var label = L.DomUtil.create("div", "geo-time-label", box);
      var input = L.DomUtil.create("input", "geo-time-range", box);
      input.type = "range"; input.min = 0; input.max = DATES.length; input.step = 1;
      input.value = DATES.length;
      function apply() {
        var i = Number(input.value), cut = i < DATES.length ? i : null;
        label.textContent = cut === null
          ? "All dates (" + DATES[0] + " to " + DATES[DATES.length - 1] + ")"
          : "Events up to " + DATES[cut];
        show(cut);
        map.getContainer().setAttribute("data-geo-cut", cut === null ? "all" : DATES[cut]);
      }
      L.DomEvent.on(input, "input change", apply);
      L.DomEvent.disableClickPropagation(box);
      apply();
      return box;
    };
    ctl.addTo(map);
  }

  // What is drawn right now: items ("items"), or Leaflet layers of a role ("line",
  // "arrow", "point", "dot") of the layer "kind" that are on the map.
  function drawn(kind, what) {
    var out = [];
    LAYERS.forEach(function (rec) {
      if (rec.kind !== kind || !rec.map.hasLayer(rec.group)) { return; }
      rec.entries.forEach(function (entry) {
        if (!entry.on) { return; }
        if (what === "items") { out.push(entry); return; }
        entry.parts.forEach(function (part) { if (part[1] === what) { out.push(part[0]); } });
      });
    });
    return out;
  }

  return {"strings": strings, "layer": layer, "geojson": geojson, "timeFilter": timeFilter,
          "drawn": drawn, "count": function (k, w) { return drawn(k, w).length; },
          "arc": arc, "popupHtml": popupHtml, "tipHtml": tipHtml};
})();
"""


def runtime_js() -> str:
    """The runtime script, with the symbol shapes and type titles filled in."""
    return (_JS.replace("__SHAPES__", js_literal(SHAPES))
            .replace("__TITLES__", js_literal(TYPE_TITLES)))
