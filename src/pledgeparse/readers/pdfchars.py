"""pdfplumber's character objects, built with less work per character.

pdfplumber turns every pdfminer object of a page into a dict
(``Page.process_object``). For a character that generic code runs a regular
expression on the class name, resolves every attribute recursively in case it
is an indirect PDF object, and decodes the colour space name glyph by glyph:
profiling showed it at about 40 % of reading a text page, more than pdfminer's
own interpretation of the page. A character's attributes are plain numbers
and strings, so :func:`char_object` builds the same dict directly, and falls
back to pdfplumber's code for anything it does not know (other objects,
unexpected attribute types).

The shortcut is only installed (:func:`install`) when pdfplumber's
``process_object`` is the one it was written against (its source hash is
checked once per process); any other pdfplumber version runs its own code.
``tests/test_pdfchars.py`` checks that both give identical objects.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import types
from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page
from pdfplumber.utils import resolve_and_decode

# sha256 of the source of pdfplumber.page.Page.process_object (pdfplumber 0.11.x)
# that char_object reproduces.
KNOWN_PROCESS_OBJECT = "2c1945c25dc4d6b4668d3de3d14b3d44dfafd4bc66f9089634df39cf0fc8b46b"

_PLAIN = frozenset({float, int, str, bool, type(None)})


@functools.cache
def available() -> bool:
    """True when pdfplumber's ``process_object`` is the known one."""
    try:
        source = inspect.getsource(Page.process_object)
    except (OSError, TypeError):
        return False
    return hashlib.sha256(source.encode("utf-8")).hexdigest() == KNOWN_PROCESS_OBJECT


def install(page: Any) -> None:
    """Have ``page`` (a pdfplumber Page) build its character objects with :func:`char_object`."""
    if available():
        page.process_object = types.MethodType(char_object, page)


@functools.cache
def _decoded_name(name: str) -> Any:
    return resolve_and_decode(name)


def _plain(value: Any) -> bool:
    kind = type(value)
    return kind in _PLAIN or (kind is tuple and all(type(v) in _PLAIN for v in value))


def char_object(page: Any, obj: Any) -> dict[str, Any]:
    """The dict pdfplumber's ``Page.process_object`` gives for ``obj``, built faster for characters."""
    if type(obj) is not LTChar:
        return Page.process_object(page, obj)  # type: ignore[no-any-return]
    # A fontname in bytes (rare) is not plain: pdfplumber's code fixes it.
    attr: dict[str, Any] = {}
    for key, value in obj.__dict__.items():
        if key in ALL_ATTRS:
            if not _plain(value):
                return Page.process_object(page, obj)  # type: ignore[no-any-return]
            attr[key] = value
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            name = getattr(obj, cs).name
            attr[cs] = _decoded_name(name) if type(name) is str else resolve_and_decode(name)
    text = obj.get_text()
    norm = page.pdf.unicode_norm
    attr["text"] = normalize(norm, text) if norm is not None else text
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    mb_x0, mb_top = page.mediabox[:2]
    if "y0" in attr:
        attr["top"] = (page.height - attr["y1"]) + mb_top
        attr["bottom"] = (page.height - attr["y0"]) + mb_top
        attr["doctop"] = page.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
