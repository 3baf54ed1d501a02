"""Turn raw text into an Article: decode, split headline from body, read the dateline.

Example:
    >>> article = article_from_text(
    ...     "Russia signs pact with South Ossetia\\n\\nMOSCOW, March 18 (AFP) - Russia ...",
    ...     source="a.txt", published="2015-03-18")
    >>> article.title, article.outlet, article.dateline.place
    ('Russia signs pact with South Ossetia', 'Agence France-Presse', 'Moscow')
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from ..errors import Errors, InputError, SkippedInput, Warnings
from ..records import Article
from ..settings import Settings
from ..when import resolve_date
from .dateline import parse_dateline

# A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_WORDS = 30
# Language identification reads this much text; fewer words than the minimum (not
# counting capitalised ones) are not judged.
LANGUAGE_SAMPLE_CHARS = 3000
LANGUAGE_MIN_WORDS = 8
# An article is skipped only when its expected language is this unlikely: py3langid takes
# short English news sentences for Nigerian Pidgin at 0.64 (English 0.35), while French
# and Spanish wire copy puts English below 1e-7.
MIN_LANGUAGE_PROBABILITY = 0.01
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252; binary is refused."""
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E104.format(source=source), source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if len(_CONTROL_CHARS.findall(text[:8192])) > 0.05 * min(len(text), 8192):
        raise InputError(Errors.E104.format(source=source), source=source)
    return text


def check_size(size: int, *, source: str, settings: Settings) -> None:
    """Refuse an input larger than the ``max_bytes`` setting."""
    if size > settings.max_bytes:
        message = Errors.E105.format(source=source, size=size, limit=settings.max_bytes)
        raise InputError(message, source=source)


def article_from_text(
    text: str,
    *,
    source: str,
    settings: Settings | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    published_from: str = "option",
    article_id: str | None = None,
) -> Article:
    """An Article from its text; without ``title``, a short first line is the headline.

    ``published`` (ISO date, taken from ``published_from``) wins over the dateline's date;
    ``outlet`` over its agency.

    Raises:
        InputError: the text is empty.
        SkippedInput: the text is not in the language of the settings.
    """
    settings = settings or Settings.load()
    body = _normalise(text)
    if title is None:
        title, body = _split_headline(body)
    title = " ".join(title.split()) if title else None
    if not body and not title:
        raise InputError(Errors.E102.format(source=source), source=source)
    full_text = f"{title}\n\n{body}" if title and body else (title or body)
    body_offset = len(full_text) - len(body)
    dateline = parse_dateline(body, offset=body_offset) if body else None
    warnings: list[str] = []
    origin = published_from if published else None
    if published is None and dateline and dateline.date_text:
        published = _date_from_dateline(dateline.date_text, warnings)
        origin = "dateline" if published else None
    article = Article(
        id=article_id or Article.make_id(url=url, text=full_text),
        text=full_text,
        title=title,
        url=url,
        outlet=outlet or (dateline.outlet if dateline else None),
        published=published,
        published_from=origin,
        language=_detect_language(full_text, expected=settings.language),
        warnings=warnings,
        dateline=dateline,
    )
    if article.language != settings.language:
        message = Warnings.W101.format(
            source=source, language=article.language, expected=settings.language
        )
        raise SkippedInput(message, source=source)
    return article


def _normalise(text: str) -> str:
    """Unix newlines, no trailing spaces, paragraphs separated by exactly one blank line."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _split_headline(body: str) -> tuple[str | None, str]:
    first, _, rest = body.partition("\n")
    rest = rest.strip()
    is_headline = (
        rest and len(first.split()) <= MAX_HEADLINE_WORDS and parse_dateline(first) is None
    )
    return (first, rest) if is_headline else (None, body)


def _date_from_dateline(date_text: str, warnings: list[str]) -> str | None:
    """The dateline's date; without a year, the last such day up to today."""
    today = date.today()
    resolved = resolve_date(date_text, base=today)
    if resolved is None:
        return None
    value, _precision = resolved
    if not re.search(r"\d{4}", date_text):
        if value > today.isoformat():  # a story is not filed in the future
            value = f"{int(value[:4]) - 1:04d}{value[4:]}"
        warnings.append(Warnings.W102.format(year=value[:4]))
    warnings.append(Warnings.W103.format(origin="dateline"))
    return value


def _detect_language(text: str, *, expected: str) -> str:
    """``expected`` unless the text is clearly in another language, then that language.
    Capitalised words are left out: names say nothing of the language, and a short
    English story full of Spanish names ("Raul Castro met Venezuelan President Nicolas
    Maduro in Havana.") had been taken for Italian."""
    words = [word for word in text[:LANGUAGE_SAMPLE_CHARS].split() if not word[:1].isupper()]
    if len(words) < LANGUAGE_MIN_WORDS:
        return expected
    ranked = _identifier().rank(" ".join(words))
    probabilities = dict(ranked)
    if probabilities.get(expected, 0.0) >= MIN_LANGUAGE_PROBABILITY:
        return expected
    return str(ranked[0][0])


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
