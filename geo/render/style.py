"""The page's own CSS: boxes, popups (long words wrap), symbols. Static text only."""

from __future__ import annotations

CSS = """
.leaflet-container { background: #cfe0ec; font: 13px/1.35 system-ui, sans-serif; }
.geo-box { background: rgba(255,255,255,.94); border-radius: 6px; padding: 6px 9px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 320px; overflow-wrap: anywhere;
  word-break: break-word; }
.geo-title { position: absolute; top: 8px; left: 50%; transform: translateX(-50%);
  z-index: 1000; text-align: center; max-width: 55%; }
.geo-title-main { font-weight: 600; font-size: 15px; }
.geo-title-sub { color: #555; font-size: 12px; }
.geo-title details, .geo-title ul { font-size: 12px; text-align: left; margin: 0; }
.geo-legend h5 { margin: 6px 0 2px; font-size: 12px; }
.geo-legend ul, .geo-panel ul { list-style: none; margin: 0; padding: 0; }
.geo-legend ul { display: flex; flex-wrap: wrap; column-gap: 10px; }
.geo-legend li { display: flex; align-items: center; gap: 4px; font-size: 11px; }
.geo-legend { max-width: 230px; }
.geo-legend svg { transform: scale(.8); }
.geo-legend svg { flex: none; }
.geo-legend details { max-height: 55vh; overflow-y: auto; }
.geo-panel details { max-height: 30vh; overflow-y: auto; }
.geo-panel { max-width: 240px; }
.geo-sw { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.geo-panel li { margin: 4px 0; font-size: 12px; }
.geo-pop { max-width: 340px; overflow-wrap: anywhere; word-break: break-word;
  unicode-bidi: isolate; }
.geo-pop h4 { margin: 0 0 4px; font-size: 14px; }
.geo-facts th { text-align: left; padding-right: 8px; color: #555; font-weight: 500;
  vertical-align: top; }
.geo-quotes { max-height: 200px; overflow-y: auto; padding-left: 18px; margin: 6px 0 0; }
.geo-quotes q, .geo-panel q { font-style: italic; }
.geo-quotes bdi, .geo-panel bdi { unicode-bidi: isolate; }
.geo-cite { color: #555; font-size: 11px; }
.geo-symbol, .geo-arrow, .geo-place { background: none; border: none; }
.geo-arrow { pointer-events: none; }
.geo-dot { display: block; width: 100%; height: 100%; border-radius: 50%;
  background: rgba(40,40,40,.45); border: 1.5px solid #fff; box-sizing: border-box; }
.geo-dot-legend { width: 12px; height: 12px; display: inline-block; }
.geo-time { min-width: 220px; }
.geo-time input { width: 100%; }
"""
