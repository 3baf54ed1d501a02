"""Download a web page for coding (urllib3, which trafilatura already depends on).

Example:
    >>> page = fetch_page("https://example.org/story", timeout=30)  # doctest: +SKIP
"""

from __future__ import annotations

import urllib3

from ..errors import Errors, InputError

USER_AGENT = "newsevents (+https://pypi.org/project/newsevents/)"
_POOL = urllib3.PoolManager(headers={"User-Agent": USER_AGENT})


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def fetch_page(url: str, *, timeout: float, max_bytes: int) -> bytes:
    """The body of ``url``, following redirects.

    Raises:
        InputError: the server cannot be reached, answers an error status, or sends more
            than ``max_bytes``.
    """
    try:
        response = _POOL.request(
            "GET",
            url,
            timeout=timeout,
            retries=urllib3.Retry(2, redirect=5),
            preload_content=False,
        )
    except urllib3.exceptions.HTTPError as err:
        raise InputError(Errors.E108.format(source=url, reason=err), source=url) from err
    try:
        if response.status >= 400:
            reason = f"HTTP {response.status}"
            raise InputError(Errors.E108.format(source=url, reason=reason), source=url)
        body = response.read(max_bytes + 1)
    finally:
        response.release_conn()
    if len(body) > max_bytes:
        message = Errors.E105.format(source=url, size=f"over {max_bytes}", limit=max_bytes)
        raise InputError(message, source=url)
    return body
