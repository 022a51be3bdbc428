"""Clean raw inputs into document text: the main text and metadata of an HTML page."""

from __future__ import annotations

import trafilatura

from nkevents.errors import InputError
from nkevents.model import Document
from nkevents.partial_date import normalise_date

# Only the page's own metadata: no guessing a date from the URL or the page body.
# A page whose main text is shorter than this holds only navigation or a caption.
MIN_TEXT_CHARS = 20
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_to_document(html: str, doc_id: str, where: str) -> Document | InputError:
    """The main text of a page (boilerplate removed) with its title, URL and date."""
    try:
        page = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except Exception as err:  # noqa: BLE001 - a broken page is bad input, not a crash
        return InputError(where, f"HTML could not be parsed: {err}")
    text = getattr(page, "text", None) if page is not None else None
    if not text or len(text.strip()) < MIN_TEXT_CHARS:
        return InputError(where, "HTML page has no main text")
    date = getattr(page, "date", None)
    return Document(
        id=doc_id,
        text=text,
        url=getattr(page, "url", None),
        title=getattr(page, "title", None),
        published=normalise_date(date) if date else None,
        language=getattr(page, "language", None),
        origin=where,
    )
