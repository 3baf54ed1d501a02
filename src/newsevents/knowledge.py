"""Read the packaged data files that hold knowledge of the world, once each.

Every file under data/ opens with ``# source: ...`` saying where its content comes from;
a TSV file then has a header line naming its columns, and one row per line.

Example:
    >>> rows = read_table("ingest/wire_services.tsv")
    >>> rows[0]["abbreviation"], rows[0]["outlet"]
    ('AFP', 'Agence France-Presse')
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from .errors import DataFileError, Errors

SOURCE_PREFIX = "# source:"


def data_file(name: str) -> Traversable:
    """The packaged data file ``name`` (a path relative to newsevents/data)."""
    return resources.files("newsevents").joinpath("data", *name.split("/"))


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV file as dicts keyed by its header, validated line by line."""
    return tuple(row for _, row in numbered_rows(name))


def numbered_rows(name: str) -> list[tuple[int, dict[str, str]]]:
    """Rows of a packaged TSV file with their line numbers, for data that cites its lines."""
    lines = data_file(name).read_text("utf-8").splitlines()
    if not lines or not lines[0].startswith(SOURCE_PREFIX):
        raise DataFileError(Errors.E901.format(path=name, line=1, reason="no '# source:' line"))
    header = lines[1].split("\t")
    rows = []
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            reason = f"{len(cells)} columns where the header has {len(header)}"
            raise DataFileError(Errors.E901.format(path=name, line=number, reason=reason))
        rows.append((number, dict(zip(header, cells, strict=True))))
    return rows
