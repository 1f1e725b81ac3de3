"""Topic coding of pledges with a fixed taxonomy, by lemma rules.

Each pledge gets one or more topics from :data:`TAXONOMY`. The rules look at
the lemmas of the pledge and of its theme (the spaCy pipeline's lookup
lemmatizer), and match word stems inside them, because Swedish writes
compounds as one word ("narkotikaförsäljning", "hastighetskontroller").
A pledge that matches nothing gets ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pledgeparse.nlp import lemmas, load


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    stems: tuple[str, ...]
    phrases: tuple[str, ...] = ()


TAXONOMY: tuple[Topic, ...] = (
    Topic(
        "narcotics",
        "Narkotika och ANDT",
        (
            "narkotik",
            "drog",
            "cannabis",
            "andt",
            "missbruk",
            "doping",
            "knark",
            "beroende",
            "tobak",
            "alkohol och tobak",
        ),
    ),
    Topic(
        "traffic",
        "Trafik",
        (
            "trafik",
            "hastighet",
            "moped",
            "a-traktor",
            "epa-traktor",
            "atraktor",
            "buskörning",
            "nykterhetskontroll",
            "rattfyll",
            "motorburen",
            "bilist",
            "parkering",
            "fordon",
        ),
    ),
    Topic(
        "burglary_theft", "Inbrott och stöld", ("inbrott", "stöld", "tillgrepp", "stulen", "förråd", "grannsamverkan")
    ),
    Topic("fraud", "Bedrägerier", ("bedrägeri", "bedragare", "bluff")),
    Topic(
        "vandalism",
        "Skadegörelse och klotter",
        ("skadegörelse", "klotter", "graffiti", "vandalis", "anlagd", "brand", "bränder"),
    ),
    Topic(
        "domestic_violence",
        "Våld i nära relationer",
        ("husfrid", "kvinnofrid", "hedersrelater", "relationsvåld"),
        ("nära relation", "våld i nära"),
    ),
    Topic(
        "youth",
        "Barn och unga",
        (
            "ung",
            "barn",
            "elev",
            "skola",
            "skolor",
            "fritidsgård",
            "högstadi",
            "mellanstadi",
            "vårdnadshavare",
            "föräldr",
            "sommarjobb",
            "lovaktivitet",
            "tonår",
        ),
    ),
    Topic(
        "unsafe_places",
        "Otrygga platser och utemiljö",
        (
            "trygghetsvandring",
            "belysning",
            "otrygg",
            "park",
            "utemiljö",
            "kamera",
            "torg",
            "resecentrum",
            "busstation",
            "badplats",
            "badgruva",
            "passage",
            "gångtunnel",
            "stråk",
        ),
    ),
    Topic(
        "neighbourhood_watch",
        "Grannsamverkan och dialog",
        ("grannsamverkan", "medborgardialog", "dialogmöte", "öppna möten", "öppet möte"),
    ),
    Topic(
        "police_presence",
        "Polisens närvaro",
        ("närvaro", "synlig", "patrull", "fotpatrull", "kommunpolis", "polisiär", "polisär"),
    ),
    Topic(
        "cooperation",
        "Samverkan",
        ("samverkan", "samarbet", "samordn", "sspf", "lägesbild", "brå", "brottsförebyggande råd"),
    ),
    Topic(
        "organised_crime",
        "Organiserad brottslighet",
        (
            "kriminella nätverk",
            "organiserad",
            "rekryter",
            "gäng",
            "kriminell miljö",
            "kriminella miljö",
            "kriminalitet",
        ),
    ),
    Topic(
        "public_order_alcohol",
        "Ordning och alkohol",
        (
            # Alcohol as a matter of public order; alcohol as a health topic is ANDT.
            "alkoholförbud",
            "alkoholförtäring",
            "alkoholservering",
            "alkoholtillsyn",
            "langning",
            "krog",
            "servering",
            "ordningsstörning",
            "ordningsvakt",
            "berus",
            "fylla",
            "nöjesliv",
            "stök",
            "bråk",
            "evenemang",
            "alkohol i offentlig",
            "alkohol på allmän",
        ),
    ),
)
TOPIC_CODES = (*(t.code for t in TAXONOMY), "other")
_PARTNER_PHRASE = re.compile(r"\bi (samverkan|samarbete) mede?\b")
_STEM_RES = {t.code: re.compile("|".join(re.escape(s) for s in t.stems + t.phrases)) for t in TAXONOMY}


# What the pipeline gives for one text, kept for the next time the same text
# comes by (a pledge published on the police site and the municipality's, a
# theme heading every page uses): the lemma text and lower-cased text of a
# pledge with its entity mentions, the lemma text of a theme. Bounded; tied
# to the pipeline object that produced it.
_MEMO_SIZE = 4096
_memo_owner: object = None
_pledge_memo: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}
_theme_memo: dict[str, str] = {}
WANTED_MENTIONS = frozenset({"POLICE", "MUNICIPALITY", "MUNICIPAL_BODY", "ORG", "POLICE_AREA"})


def _remember(memo: dict[str, Any], key: str, value: Any) -> None:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value


def analyse(texts: list[str], themes: list[str | None]) -> list[tuple[list[str], list[tuple[str, str]]]]:
    """Topics and entity mentions of each pledge, in one pass of the pipeline.

    Topics look at the pledge and its theme; mentions (organisations, bodies,
    police, municipalities) at the pledge only.
    """
    global _memo_owner
    nlp = load()
    if _memo_owner is not nlp:
        _pledge_memo.clear()
        _theme_memo.clear()
        _memo_owner = nlp
    # Themes give lemmas only: the entity ruler (whose every call also counts
    # its thousands of patterns) is not run on them; it sets no lemmas.
    new_themes = sorted({t for t in themes if t and t not in _theme_memo})
    for new_theme, doc in zip(new_themes, nlp.pipe(new_themes, disable=["entity_ruler"]), strict=True):
        _remember(_theme_memo, new_theme, " ".join(lemmas(doc)))
    new_texts = list(dict.fromkeys(t for t in texts if t not in _pledge_memo))
    for new_text, doc in zip(new_texts, nlp.pipe(new_texts, batch_size=64), strict=True):
        _remember(_pledge_memo, new_text, _pledge_reading(doc))
    out = []
    for text, theme in zip(texts, themes, strict=True):
        # Should the memo have filled up and been cleared on the way, the text is read again.
        pledge, mentions = _pledge_memo.get(text) or _pledge_reading(nlp(text))
        parts = [pledge]
        if theme:
            theme_lemmas = _theme_memo.get(theme)
            if theme_lemmas is None:
                theme_lemmas = " ".join(lemmas(nlp(theme, disable=["entity_ruler"])))
            parts += [theme_lemmas, theme.lower()]
        joined = _PARTNER_PHRASE.sub(" ", " ".join(parts))
        found = [t.code for t in TAXONOMY if _STEM_RES[t.code].search(joined)]
        out.append((found or ["other"], list(mentions)))
    return out


def _pledge_reading(doc: Any) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A pledge's lemmas and lower-cased text in one string, and its entity mentions."""
    mentions = tuple((e.text, e.label_) for e in doc.ents if e.label_ in WANTED_MENTIONS)
    return " ".join([" ".join(lemmas(doc)), doc.text.lower()]), mentions


def code_topics(texts: list[str]) -> list[list[str]]:
    """Topics for each text (a pledge with its theme), in taxonomy order."""
    return [topics for topics, _ in analyse(texts, [None] * len(texts))]
