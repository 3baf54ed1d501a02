"""What the PETRARCH dictionary formats (actors, verbs) share: ``<!-- -->`` comment blocks.

Example:
    >>> without_comment_blocks("A\\n<!-- a\\nnote -->B")
    'A\\n\\nB'
"""

from __future__ import annotations

import re

_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.DOTALL)


def without_comment_blocks(text: str) -> str:
    """``text`` with its comment blocks blanked, keeping line numbers for error messages."""
    return _COMMENT_BLOCK.sub(lambda match: "\n" * match[0].count("\n"), text)
