"""geo's benchmark suite: every figure of the speed issue, measured side by side in one run.

    .venv/bin/python benchmarks/suite.py            # everything (a few minutes)
    .venv/bin/python benchmarks/suite.py --quick    # skip the 21,578-article runs

(a) geoparser articles/s against flashgeotext and geotext on bench1000 (one process, one
    after another; see bench_geoparse.py);
(b) full extraction (places and actions) articles/s, and its ratio to flashgeotext;
(c) process start → first result, cold (empty cache) and warm;
(d) peak memory (max RSS) of those runs;
(e) ``geo map`` time and HTML size for a story of 10,000 events, and the time until that
    map is ready in headless Chromium;
(f) all 21,578 Reuters-21578 articles end to end (events, map, GeoJSON) with 1 and 2 workers.

These are benchmarks, not tests: they print figures and never fail on a threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578"
BENCH1000 = CORPUS / "bench1000.jsonl"
CHROMIUM = "/usr/bin/chromium"


def rows_table(rows: list[tuple[str, str, str]]) -> str:
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"  {name:<{width}}  {value:>14}  {note}" for name, value, note in rows)


def max_rss_kib(pid: int) -> int:
    """Wait for child ``pid`` and return its own peak resident memory in KiB."""
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def first_result_seconds(cache_dir: str, article: Path) -> tuple[float, int]:
    """Seconds from process start to the first JSON line on stdout, and its max RSS (KiB)."""
    env = dict(os.environ, GEO_CACHE_DIR=cache_dir)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "geo", "-q", "extract", str(article), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.stdout.read()
    return elapsed, max_rss_kib(proc.pid)


def synthetic_story(n: int, gazetteer, seed: int = 7):
    """A story of ``n`` events between real countries, reproducible from ``seed``."""
    import pycountry

    from geo.actors import actor_for_country
    from geo.model import Document, Event, Evidence, Story

    rng = random.Random(seed)
    places = [p for c in pycountry.countries if (p := gazetteer.country(c.alpha_2)) is not None]
    actors = {p.country: actor_for_country(p.country) for p in places}
    places = [p for p in places if actors.get(p.country) is not None]
    types = ["deploy"] * 4 + ["meet"] * 3 + ["mission", "exercise", "threaten"]
    docs = [Document(f"doc{i}", "synthetic", dt.date(2026, 1, 1) + dt.timedelta(days=i % 365))
            for i in range(max(1, n // 10))]
    events = []
    for i in range(n):
        src, dst = rng.sample(places, 2)
        kind = rng.choice(types)
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))
        sentence = f"{src.name} and {dst.name}: synthetic event {i}."
        events.append(Event(
            id=f"e{i:05d}", type=kind, actors=(actors[src.country],),
            counterparts=(actors[dst.country],) if kind in ("meet", "threaten") else (),
            location=dst, origin=src if kind == "deploy" else None,
            date=day.isoformat(), date_precision="day",
            quantity=rng.choice([None, 10, 100, 1000]), status="done", confidence=0.5,
            evidence=(Evidence(docs[i % len(docs)].id, 0, len(sentence), sentence),)))
    return Story(documents=tuple(docs), resolutions=(), events=tuple(events))


def chromium_ready_seconds(html: Path) -> float | None:
    """Seconds from navigation to a rendered Leaflet map in headless Chromium."""
    if not os.path.exists(CHROMIUM):
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            "file:") else route.abort())
        t0 = time.perf_counter()
        page.goto(html.as_uri(), wait_until="load", timeout=120_000)
        page.wait_for_function(
            "document.querySelector('.leaflet-overlay-pane, .leaflet-marker-pane') !== null",
            timeout=120_000)
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        elapsed = time.perf_counter() - t0
        browser.close()
    return elapsed


def reuters_end_to_end(workers: int, out: Path) -> tuple[float, int, str]:
    """Wall seconds, peak RSS of the largest process (KiB), and geo's summary line.

    The workers fork from the main process after the gazetteer is loaded, so most of
    their memory is shared with it; the figure is the largest single process.
    """
    files = sorted(str(p) for p in CORPUS.glob("reut2-*.sgm"))
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "geo", "-q",
                           "map", *files, "-o", str(out), "--workers", str(workers)],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    rss = int(proc.stderr.strip().splitlines()[-1])
    summary = (proc.stdout.splitlines() or ["(no output)"])[0]
    return elapsed, rss, summary


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="skip the 21,578-article runs (f)")
    ap.add_argument("--events", type=int, default=10_000, help="events in the map test (e)")
    args = ap.parse_args(argv)

    from bench_geoparse import run_comparison

    from geo.documents import read_documents
    from geo.gazetteer import load_gazetteer
    from geo.render import write_map

    rows: list[tuple[str, str, str]] = []
    docs = list(read_documents([BENCH1000]).documents)
    print(f"bench1000: {len(docs)} articles, {sum(len(d.text) for d in docs):,} characters")

    # (a) geoparser against flashgeotext and geotext
    rates = run_comparison(docs)
    for name in ("geo", "flashgeotext", "geotext"):
        rows.append((f"(a) {name} geoparsing articles/s", f"{rates[name]:,.0f}",
                     f"{rates[name] / rates['flashgeotext']:.2f}x flashgeotext"
                     + (f" (per round: median {rates['paired geo']:.2f}x)"
                        if name == "geo" else "")))

    # (b) full extraction: places and actions
    full = rates["geo full"]
    rows.append(("(b) geo full extraction articles/s", f"{full:,.0f}",
                 f"{full / rates['flashgeotext']:.2f}x flashgeotext "
                 f"(per round: median {rates['paired geo full']:.2f}x)"))
    gaz = load_gazetteer()

    # (c, d) start to first result, cold and warm
    article = ROOT / "seeds" / "000_ac5855516b9e70ee.txt"
    with tempfile.TemporaryDirectory(prefix="geo-cache-") as cache:
        cold, _ = first_result_seconds(cache, article)
        warm_runs = [first_result_seconds(cache, article) for _ in range(5)]
    warms = sorted(w for w, _rss in warm_runs)
    rss = max(r for _w, r in warm_runs)
    rows.append(("(c) start → first result, cold cache s", f"{cold:.2f}", "builds the index"))
    rows.append(("(c) start → first result, warm cache s", f"{warms[0]:.3f}",
                 f"best of 5 (median {warms[2]:.3f}); target < 0.5 s"))
    rows.append(("(d) peak memory, warm extract MiB", f"{rss / 1024:.0f}", "max RSS"))

    # (e) a 10,000-event map
    story = synthetic_story(args.events, gaz)
    with tempfile.TemporaryDirectory(prefix="geo-map-") as tmp:
        html = Path(tmp) / "map.html"
        t0 = time.perf_counter()
        write_map(story, html)
        build = time.perf_counter() - t0
        ready = chromium_ready_seconds(html)
        rows.append((f"(e) geo map, {args.events:,} events s", f"{build:.2f}",
                     f"HTML {html.stat().st_size / 2**20:.1f} MiB"))
        rows.append(("(e) map ready in Chromium s",
                     f"{ready:.2f}" if ready is not None else "n/a", "target < 3 s"))

    # (f) the whole Reuters-21578 corpus
    if not args.quick:
        for workers in (1, 2):
            with tempfile.TemporaryDirectory(prefix="geo-reuters-") as tmp:
                secs, rss, summary = reuters_end_to_end(workers, Path(tmp))
            rows.append((f"(f) Reuters 21,578, {workers} worker(s) s", f"{secs:.1f}",
                         f"max RSS {rss / 1024:.0f} MiB; {summary}"))

    print(rows_table(rows))


if __name__ == "__main__":
    main()
