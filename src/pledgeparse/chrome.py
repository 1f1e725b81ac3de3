"""The words of site chrome: one vocabulary for every format.

Lines (or, in HTML, whole elements) that consist only of these are menus,
banners and buttons copied along with a pledge, never pledge text
(DOMAIN.md: "Javascript är inte påslaget ...", "Sök på polisen.se", cookie
banners, "Till toppen", a trailing "Dokument").
"""

from __future__ import annotations

import re

_COMMON = (
    r"javascript är inte påslaget.*|vi rekommenderar att javas?c?ript är aktiverat.*|"
    r"sök|sök på polisen\.se|sök på webbplatsen|till toppen|tillbaka till toppen|dokument|"
    r"lyssna|lyssna på sidan|dela|dela sidan|skriv ut|relaterat|hoppa till (huvud)?innehåll(et)?|"
    r"vi använder kakor.*|godkänn (alla )?kakor|endast nödvändiga( kakor)?|kakor \(cookies\).*"
)
# Only ever chrome as a whole web-page element; as a line of text they may be content.
_WEB_ONLY = r"upp|meny|stäng|senast uppdaterad.*|sidan uppdaterades.*|publicerad.*\d{4}.*"

CHROME_LINE = re.compile(rf"^({_COMMON})$", re.IGNORECASE)
CHROME_ELEMENT_TEXT = re.compile(rf"^({_COMMON}|{_WEB_ONLY})$", re.IGNORECASE)
