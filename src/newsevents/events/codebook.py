"""The CAMEO codebook: every event code with its name, Goldstein weight, quad class and
PLOVER type, mode and context, read from ``data/events/codebook.tsv`` (built by
scripts/build_codebook.py).

Example:
    >>> codebook()["057"].plover, codebook()["057"].goldstein
    ('SUPPORT', 8.0)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..knowledge import read_table

CODEBOOK_FILE = "events/codebook.tsv"
VERBAL_QUAD_CLASSES = (1, 3)  # verbal cooperation, verbal conflict


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None  # None for public statements (root 01), which PLOVER leaves out
    plover_mode: str | None = None  # how: "visit", "release", "heavy-weapons"
    plover_context: str | None = None  # the domain: "military", "economic", "legal"

    @property
    def root(self) -> str:
        return self.code[:2]


def cameo_name(code: str) -> str | None:
    """The name of a CAMEO code, or None for a code the codebook lacks.

    Example:
        >>> cameo_name("163")
        'Impose embargo, boycott, or sanctions'
    """
    info = codebook().get(code)
    return info.name if info else None


def is_verbal(code: str) -> bool:
    """Whether a code is of words (verbal cooperation or conflict), not deeds.

    Example:
        >>> is_verbal("111"), is_verbal("190")
        (True, False)
    """
    return codebook()[code].quad_class in VERBAL_QUAD_CLASSES


@cache
def codebook() -> dict[str, CodeInfo]:
    """Every CAMEO code (roots, 3- and 4-digit codes) by its code string."""
    return {
        row["code"]: CodeInfo(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
        for row in read_table(CODEBOOK_FILE)
    }
