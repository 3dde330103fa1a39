"""The boxes around the map: title, legend and the panel of events with no place."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from geo.model import Event, Story
from geo.render.elements import HtmlControl
from geo.render.layers._draw import SHAPES, lead_code, symbol_html
from geo.render.layers.deployments import UNKNOWN_WEIGHT, flow_weight
from geo.render.palette import ROLE_COLOURS, ROLE_LABELS, THREAT, actor_colour
from geo.render.popups import TYPE_TITLES, actor_names
from geo.render.text import esc, safe_url


def _source_label(source: str) -> str:
    url = safe_url(source)
    if url is not None:
        return urlsplit(url).netloc
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", source):  # some other scheme: as it is
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def title_html(story: Story, title: str | None = None) -> str:
    """Heading with the corpus' date range, counts and the list of sources."""
    span = story.date_range()
    when = (f"{span[0].isoformat()} to {span[1].isoformat()}" if span else "undated")
    heading = esc(title) if title else "Events in the news"
    sources = sorted({_source_label(d.source) for d in story.documents if d.source})
    listing = "".join(f"<li>{esc(s)}</li>" for s in sources)
    details = (f"<details><summary>{len(sources)} sources</summary><ul>{listing}</ul></details>"
               if sources else "")
    return (f'<div class="geo-title-main">{heading}: {esc(when)}</div>'
            f'<div class="geo-title-sub">{len(story.documents)} articles · '
            f"{len(story.events)} events · {len(story.places)} places</div>{details}")


def title_box(story: Story, title: str | None = None) -> HtmlControl:
    """The title, centred at the top of the map."""
    return HtmlControl(title_html(story, title), css_class="geo-title geo-box", position=None)


def _swatch_line(colour: str, weight: float, dash: str | None) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<svg width="34" height="12"><line x1="1" y1="6" x2="33" y2="6" stroke="{colour}" '
            f'stroke-width="{weight}"{d}/></svg>')


def legend_html(story: Story) -> str:
    """What colours, widths and symbols mean, limited to what this story shows."""
    parts = []
    senders = sorted({c for e in story.events
                      if e.type in ("deploy", "mission", "exercise") and (c := lead_code(e))})
    names = {a.code: a.name for e in story.events for a in e.actors + e.counterparts}
    if senders:
        rows = "".join(f'<li><span class="geo-sw" style="background:{actor_colour(c)}"></span>'
                       f"{esc(names.get(c, c))}</li>" for c in senders)
        parts.append(f"<h5>Sender</h5><ul>{rows}</ul>")
    sizes = "".join(f"<li>{_swatch_line('#555', flow_weight(q), None)}{q:,}</li>"
                    for q in (10, 100, 1000))
    sizes += f"<li>{_swatch_line('#555', UNKNOWN_WEIGHT, '6 5')}size unknown</li>"
    parts.append(f"<h5>Deployment size</h5><ul>{sizes}</ul>")
    symbols = "".join(f"<li>{symbol_html(k, '#444', 'done')}{TYPE_TITLES[k]}</li>"
                      for k in ("meet", "mission", "exercise") if k in SHAPES)
    symbols += f"<li>{_swatch_line(THREAT, 2.5, '8 6')}Threat</li>"
    symbols += f"<li>{symbol_html('meet', '#444', 'planned')}planned / announced</li>"
    parts.append(f"<h5>Symbols</h5><ul>{symbols}</ul>")
    roles = "".join(f'<li><span class="geo-sw" style="background:{ROLE_COLOURS[r]}"></span>'
                    f"{esc(ROLE_LABELS[r])}</li>" for r in ROLE_COLOURS)
    parts.append(f"<h5>Countries by role</h5><ul>{roles}</ul>")
    parts.append('<h5>Places mentioned</h5><ul><li><span class="geo-dot geo-dot-legend">'
                 "</span>size = mentions</li></ul>")
    return f'<details open><summary>Legend</summary>{"".join(parts)}</details>'


def legend_box(story: Story) -> HtmlControl:
    """The legend, bottom right."""
    return HtmlControl(legend_html(story), css_class="geo-legend geo-box",
                       position="bottomright")


def offmap_events(story: Story) -> list[Event]:
    """Events that cannot be placed (no location), e.g. meetings without a known venue."""
    return [e for e in story.events if e.location is None]


def offmap_html(events: list[Event]) -> str:
    """A list of the unplaced events with who, when and status."""
    items = "".join(
        f'<li class="geo-offmap geo-offmap-{esc(e.type)}" title="{esc(e.id)}">'
        f"<b>{TYPE_TITLES[e.type]}</b>: {actor_names(e.actors + e.counterparts)}"
        f" · {esc(e.date or 'undated')} · {esc(e.status)}"
        + (f'<br><q><bdi>{esc(e.evidence[0].sentence)}</bdi></q>' if e.evidence else "")
        + "</li>" for e in events)
    return (f"<details open><summary>Not on the map ({len(events)}): place unknown</summary>"
            f"<ul>{items}</ul></details>")


def offmap_box(story: Story) -> HtmlControl | None:
    """The off-map panel, bottom left, or None when every event has a place."""
    events = offmap_events(story)
    if not events:
        return None
    return HtmlControl(offmap_html(events), css_class="geo-panel geo-box",
                       position="bottomleft")
