"""The browser libraries the dashboard serves itself, so that it works offline (no CDN):
Chart.js for the dyad chart, Cytoscape.js for the actor network, Leaflet with the Natural
Earth countries of world-atlas (through topojson-client) for the map, and Swagger UI for the
API's own page, /docs.

``web/package.json`` pins them; ``make assets`` installs them with npm and copies the files
below, with their licences, into ``static/vendor/``.

Example:
    $ npm ci --prefix web && python scripts/build_assets.py web/node_modules
"""

from __future__ import annotations

import shutil
from pathlib import Path

VENDOR_DIR = Path(__file__).parent / "static" / "vendor"
# served name -> path inside node_modules
VENDOR_FILES = {
    "chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
    "favicon-32x32.png": "swagger-ui-dist/favicon-32x32.png",
}
_LICENCES = ("LICENSE", "LICENSE.md", "LICENSE.txt")


def missing() -> list[str]:
    """The vendor files not in the package yet: the pages that need them say so."""
    return [name for name in VENDOR_FILES if not (VENDOR_DIR / name).is_file()]


def copy_assets(node_modules: Path, target: Path = VENDOR_DIR) -> list[Path]:
    """Copy the vendor files and each package's licence from ``node_modules`` to ``target``.

    Raises:
        FileNotFoundError: a file is not there (run ``npm ci --prefix web`` first).
    """
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for name, inside in VENDOR_FILES.items():
        source = node_modules / inside
        if not source.is_file():
            raise FileNotFoundError(f"{source}: not found; run `npm ci --prefix web` first")
        copied.append(Path(shutil.copyfile(source, target / name)))
        package = inside.split("/")[0]
        for licence in _LICENCES:
            if (node_modules / package / licence).is_file():
                dest = target / "licenses" / f"{package}.txt"
                dest.parent.mkdir(exist_ok=True)
                copied.append(Path(shutil.copyfile(node_modules / package / licence, dest)))
                break
    return copied
