"""The ``geo`` command: a thin click layer over the Python API.

Exit codes: 0 every document was processed; 3 some inputs were skipped (each reported on
stderr) — with ``--strict`` nothing is written then; 2 wrong usage or nothing could be read;
1 an output could not be written or another error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sys
from pathlib import Path

import click

from geo.errors import DocumentError, GeoError, InputError, NoDocumentsError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
log = logging.getLogger("geo")


class GeoGroup(click.Group):
    """Turns geo's own errors into one-line messages and exit codes, in one place."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (NoDocumentsError, InputError) as exc:
            click.echo(f"geo: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except GeoError as exc:
            click.echo(f"geo: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


def _date(_ctx, _param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from exc


paths_argument = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path))
date_option = click.option(
    "--date", callback=_date, metavar="YYYY-MM-DD",
    help="Date of articles that have no 'date YYYY-MM-DD' header.")
strict_option = click.option(
    "--strict", is_flag=True, help="Fail (exit 3, write nothing) if any input is skipped.")
workers_option = click.option(
    "-w", "--workers", type=click.IntRange(1, 64), default=1, show_default=True,
    help="Processes to analyze documents on (same output as 1).")


@contextlib.contextmanager
def _progress():
    """Yield a per-document progress callback for the pipeline: a bar on stderr, or None
    when stderr is not a terminal or -q was given."""
    if not sys.stderr.isatty() or logging.getLogger().level >= logging.ERROR:
        yield None
        return
    from tqdm import tqdm

    with tqdm(unit=" docs", file=sys.stderr, leave=False, desc="geo") as bar:
        yield bar.update


def _run(paths, date, strict, workers=1):
    from geo.pipeline import run

    def report(err: DocumentError) -> None:
        click.echo(f"geo: skipped {err.source}: {err.reason}", err=True)

    with _progress() as progress:
        result = run(paths, date=date, on_error=report, workers=workers, progress=progress)
    if strict and result.problems:
        click.echo(f"geo: --strict: {len(result.problems)} input(s) skipped, nothing written",
                   err=True)
        sys.exit(EXIT_PARTIAL)
    return result


def _finish(result) -> None:
    if result.problems:
        sys.exit(EXIT_PARTIAL)


@click.group(cls=GeoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv: debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.version_option(package_name="geo")
def main(verbose: int, quiet: bool) -> None:
    """Find the places and actions in news articles and map them, offline.

    \b
    Examples:
      geo map seeds/                      # seeds → output/map.html + events.geojson
      geo extract seeds/ --json           # one JSON line per document
      geo geocode Nuuk                    # ranked candidates with reasons
      geo export seeds/ --to out/s.gpkg   # GIS and report files
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[
        min(verbose, 2)]
    logging.basicConfig(level=level, stream=sys.stderr, format="geo: %(message)s")


@main.command("map")
@paths_argument
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path),
              default=Path("output"), show_default=True, help="Folder to write into.")
@click.option("--embed", is_flag=True, help="Also write embed.html, an iframe snippet.")
@date_option
@strict_option
@workers_option
def map_command(paths, out_dir: Path, embed: bool, date, strict: bool, workers: int) -> None:
    """Map the places and actions of PATHS (files, folders, .jsonl).

    Writes OUTPUT/map.html (opens from disk, no network needed), OUTPUT/events.geojson
    (one point per event) and OUTPUT/flows.geojson (deployment lines along great circles).

    \b
    Example:
      geo map seeds/ -o output/
    """
    from geo.export import write_embed, write_geojson
    from geo.render import write_map

    result = _run(paths, date, strict, workers)
    story = result.story
    written = [write_map(story, out_dir / "map.html"),
               write_geojson(story, out_dir / "events.geojson"),
               write_geojson(story, out_dir / "flows.geojson", layer="flows")]
    if embed:
        written.append(write_embed(out_dir / "embed.html", "map.html", "geo map"))
    click.echo(f"{len(story.documents)} documents, {len(story.places)} places, "
               f"{len(story.events)} events")
    for path in written:
        click.echo(f"wrote {path}")
    _finish(result)


@main.command("extract")
@paths_argument
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per document per line (mentions, events) on stdout.")
@date_option
@strict_option
@workers_option
def extract_command(paths, as_json: bool, date, strict: bool, workers: int) -> None:
    """Print the place mentions and events found in each document of PATHS.

    With --json, stdout holds exactly one JSON object per document and nothing else
    (the format ../shared/eval/score.py reads); logs go to stderr. Documents are
    printed as they are done; with --strict the run stops at the first skipped input.

    \b
    Example:
      geo extract seeds/ --json > seeds.jsonl
    """
    from geo.jsonout import analysis_to_json
    from geo.pipeline import iter_analyses

    problems: list[DocumentError] = []

    def report(err: DocumentError) -> None:
        problems.append(err)
        click.echo(f"geo: skipped {err.source}: {err.reason}", err=True)
        if strict:
            raise InputError(f"--strict: stopped at {err.source}")

    count = 0
    try:
        with _progress() as progress:
            for analysis in iter_analyses(paths, date=date, on_error=report, workers=workers,
                                          progress=progress):
                count += 1
                _print_analysis(analysis_to_json(analysis), as_json)
    except InputError:
        if strict and problems:
            sys.exit(EXIT_PARTIAL)
        raise
    if not count:
        reasons = "; ".join(str(p) for p in problems[:5]) or "nothing found"
        raise NoDocumentsError(f"no document could be read ({reasons})")
    if problems:
        sys.exit(EXIT_PARTIAL)


def _print_analysis(obj: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(obj, ensure_ascii=False))
        return
    click.echo(f"# {obj['doc_id']} ({obj['date'] or 'no date'})")
    for m in obj["mentions"]:
        where = (f"{m['lat']:.4f}, {m['lon']:.4f} {m['country'] or ''}"
                 if m["lat"] is not None else "unresolved")
        click.echo(f"  {m['start']:>6}  {m['text']:<28} {m['kind']:<12} {where}")
    for e in obj["events"]:
        loc = (e.get("location") or {}).get("name") or "?"
        click.echo(f"  event {e['type']:<9} {'|'.join(e['actors'])} → {loc} "
                   f"{e.get('date') or ''} {e['status']}")


@main.command("geocode")
@click.argument("name")
@click.option("--context", default=None, help="Text around the name, to rank by agreement.")
@click.option("--limit", default=10, show_default=True, help="How many candidates to show.")
def geocode_command(name: str, context: str | None, limit: int) -> None:
    """Show the ranked candidates for NAME and why the first one won.

    \b
    Examples:
      geo geocode Nuuk
      geo geocode Paris --context "Paris, Texas, a town near Dallas"
    """
    from geo.gazetteer import load_gazetteer
    from geo.geoparse import geocode

    ranked = geocode(name, load_gazetteer(), context=context, limit=limit)
    if not ranked:
        click.echo(f"geo: no place named {name!r} in the gazetteer", err=True)
        sys.exit(EXIT_ERROR)
    for i, r in enumerate(ranked, 1):
        p = r.place
        click.echo(f"{i:>2}. {p.name} ({p.kind}, {p.country or '-'}) {p.lat:.4f}, {p.lon:.4f}"
                   f"  pop {p.population:,}  score {r.score:.2f}  geonames:{p.id}")
        click.echo(f"    {r.reason}")


@main.command("export")
@paths_argument
@click.option("--to", "targets", multiple=True, required=True, type=click.Path(path_type=Path),
              help="Output file; the format comes from its extension: .geojson .gpkg .csv "
                   ".kml .png .svg .html. Repeat for several.")
@date_option
@strict_option
@workers_option
def export_command(paths, targets, date, strict: bool, workers: int) -> None:
    """Export the story of PATHS to GIS and report files.

    \b
    Example:
      geo export seeds/ --to out/seeds.geojson --to out/seeds.gpkg --to out/seeds.png
    """
    from geo.export import SUFFIXES, write

    bad = [t for t in targets if t.suffix.lower() not in SUFFIXES]
    if bad:
        raise InputError(f"cannot export to {bad[0]}: use one of {', '.join(sorted(SUFFIXES))}")
    result = _run(paths, date, strict, workers)
    for target in targets:
        click.echo(f"wrote {write(result.story, target)}")
    _finish(result)
