"""``python -m newsevents``: the same as the ``newsevents`` command.

Example: python -m newsevents code examples/ --format table
"""

from newsevents.cli import main

main()
