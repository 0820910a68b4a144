"""Gleaner: who, what, where and when in news articles.

Every analysis is the ``gleaner/2`` JSON that ``gleaner analyze`` prints, key
for key, as a dict. The models are built into the extension module.
"""

import datetime
import os
from typing import Any, Iterable, final

__version__: str
#: The part names ``fields`` accepts, in output order.
FIELDS: list[str]
#: The language codes ``lang`` accepts.
LANGUAGES: list[str]

Text = str | bytes | bytearray
Date = str | datetime.date
#: A text, or a dict {"text": ..., "id": ..., "date": ...}.
Item = Text | dict[str, Any]
#: An entity list: the path of the JSON or CSV file the page exports, or its
#: entries as dicts {"name": ..., "label": ..., "aliases": [...], "never": bool}.
Entities = str | os.PathLike[str] | Iterable[dict[str, Any]]

@final
class Analyzer:
    """The pipeline with its settings.

    lang: a language code (en de es fr it pt nl); None identifies it per paragraph.
    date: the articles' own date (YYYY-MM-DD or datetime.date) for relative dates.
    fields: the parts to return ("mentions,entities" or a list of names), from FIELDS.
    compact: mentions and entities only; not together with fields.
    entities: your entity list: its names are tagged in every text, its
        never-names are not, aliases join their entity. Bad rows are left out
        with a UserWarning naming their line.

    Raises TypeError for an argument of the wrong type, ValueError for a bad
    language, date or field name. Pickles as its settings. Fork between calls
    only (or use the "spawn"/"forkserver" multiprocessing contexts).
    """

    def __init__(
        self,
        lang: str | None = None,
        date: Date | None = None,
        fields: str | Iterable[str] | None = None,
        compact: bool = False,
        entities: Entities | None = None,
    ) -> None: ...
    def analyze(self, text: Text, id: Any = None, date: Date | None = None) -> dict[str, Any]:
        """The analysis of one text; bytes are decoded as the page decodes files."""
    def analyze_many(
        self, texts: Iterable[Item], corpus: bool = False, threads: int | None = None
    ) -> list[dict[str, Any]]:
        """The analyses of many texts in input order, on all cores, the GIL released."""
    @property
    def lang(self) -> str | None:
        """The language every text is read as, or None."""
    @property
    def date(self) -> str | None:
        """The articles' date as YYYY-MM-DD, or None."""
    @property
    def fields(self) -> list[str]:
        """The parts each analysis has besides the header."""
    @property
    def entities(self) -> list[dict[str, Any]]:
        """The entity list's entries (empty without a list)."""
    def __reduce__(
        self,
    ) -> tuple[
        type[Analyzer], tuple[str | None, str | None, str | None, bool, list[dict[str, Any]] | None]
    ]: ...

def analyze(
    text: Text,
    lang: str | None = None,
    date: Date | None = None,
    fields: str | Iterable[str] | None = None,
    compact: bool = False,
    id: Any = None,
    entities: Entities | None = None,
) -> dict[str, Any]:
    """The gleaner/2 analysis of one text, as `gleaner analyze` prints it."""

def analyze_many(
    texts: Iterable[Item],
    corpus: bool = False,
    threads: int | None = None,
    lang: str | None = None,
    date: Date | None = None,
    fields: str | Iterable[str] | None = None,
    compact: bool = False,
    entities: Entities | None = None,
) -> list[dict[str, Any]]:
    """The analyses of many texts in input order, on `threads` threads (all cores when None)."""
