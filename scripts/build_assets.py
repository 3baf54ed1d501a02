"""Copy the dashboard's browser libraries from web/node_modules into the package, so that
the server serves them itself (no CDN). `make assets` runs it after `npm ci --prefix web`:

    python scripts/build_assets.py [web/node_modules]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsevents.web.assets import VENDOR_DIR, copy_assets


def main() -> int:
    node_modules = Path(sys.argv[1] if len(sys.argv) > 1 else "web/node_modules")
    try:
        files = copy_assets(node_modules)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"{len(files)} dashboard assets copied into {VENDOR_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
