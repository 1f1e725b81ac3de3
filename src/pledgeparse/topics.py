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

from pledgeparse.nlp import lemmas, load


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    stems: tuple[str, ...]
    phrases: tuple[str, ...] = ()


TAXONOMY: tuple[Topic, ...] = (
    Topic("narcotics", "Narkotika och ANDT", ("narkotik", "drog", "cannabis", "andt", "missbruk", "doping", "knark", "beroende")),
    Topic(
        "traffic",
        "Trafik",
        ("trafik", "hastighet", "moped", "a-traktor", "epa-traktor", "atraktor", "buskörning", "nykterhetskontroll", "rattfyll", "motorburen", "bilist", "parkering", "fordon"),
    ),
    Topic("burglary_theft", "Inbrott och stöld", ("inbrott", "stöld", "tillgrepp", "stulen", "förråd", "grannsamverkan")),
    Topic("fraud", "Bedrägerier", ("bedrägeri", "bedragare", "bluff")),
    Topic("vandalism", "Skadegörelse och klotter", ("skadegörelse", "klotter", "graffiti", "vandalis", "anlagd", "brand", "bränder")),
    Topic(
        "domestic_violence",
        "Våld i nära relationer",
        ("husfrid", "kvinnofrid", "hedersrelater", "relationsvåld"),
        ("nära relation", "våld i nära"),
    ),
    Topic(
        "youth",
        "Barn och unga",
        ("ung", "barn", "elev", "skola", "skolor", "fritidsgård", "högstadi", "mellanstadi", "vårdnadshavare", "föräldr", "sommarjobb", "lovaktivitet", "tonår"),
    ),
    Topic(
        "unsafe_places",
        "Otrygga platser och utemiljö",
        ("trygghetsvandring", "belysning", "otrygg", "park", "utemiljö", "kamera", "torg", "resecentrum", "busstation", "badplats", "badgruva", "passage", "gångtunnel", "stråk"),
    ),
    Topic("neighbourhood_watch", "Grannsamverkan och dialog", ("grannsamverkan", "medborgardialog", "dialogmöte", "öppna möten", "öppet möte")),
    Topic("police_presence", "Polisens närvaro", ("närvaro", "synlig", "patrull", "fotpatrull", "kommunpolis", "polisiär", "polisär")),
    Topic("cooperation", "Samverkan", ("samverkan", "samarbet", "samordn", "sspf", "lägesbild", "brå", "brottsförebyggande råd")),
    Topic(
        "organised_crime",
        "Organiserad brottslighet",
        ("kriminella nätverk", "organiserad", "rekryter", "gäng", "kriminell miljö", "kriminella miljö", "kriminalitet"),
    ),
    Topic(
        "public_order_alcohol",
        "Ordning och alkohol",
        ("alkohol", "krog", "servering", "ordningsstörning", "ordningsvakt", "berusad", "nöjesliv", "langning", "stök", "bråk", "evenemang"),
    ),
)
TOPIC_CODES = (*(t.code for t in TAXONOMY), "other")
_PARTNER_PHRASE = re.compile(r"\bi (samverkan|samarbete) mede?\b")
_STEM_RES = {t.code: re.compile("|".join(re.escape(s) for s in t.stems + t.phrases)) for t in TAXONOMY}


def code_topics(texts: list[str]) -> list[list[str]]:
    """Topics for each text (pledge text with its theme), in taxonomy order."""
    nlp = load()
    out: list[list[str]] = []
    for doc in nlp.pipe(texts, batch_size=64):
        joined = " ".join(lemmas(doc)) + " " + doc.text.lower()
        # A partner named with "i samverkan med" does not make the pledge about cooperation.
        joined = _PARTNER_PHRASE.sub(" ", joined)
        found = [t.code for t in TAXONOMY if _STEM_RES[t.code].search(joined)]
        out.append(found or ["other"])
    return out


def entity_mentions(texts: list[str]) -> list[list[tuple[str, str]]]:
    """Organisations, bodies, police and municipality mentions in each text."""
    nlp = load()
    wanted = {"POLICE", "MUNICIPALITY", "MUNICIPAL_BODY", "ORG", "POLICE_AREA"}
    return [[(e.text, e.label_) for e in doc.ents if e.label_ in wanted] for doc in nlp.pipe(texts, batch_size=64)]
