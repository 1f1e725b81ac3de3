"""The synthetic document being written: its facts, its source lines and its gold annotation."""

import random
from dataclasses import dataclass, field


@dataclass
class Facts:
    """What a synthetic pledge is about: who signs it, where, and for which years."""

    members: list[tuple[str, str]]  # (short name, official name) of each municipality
    munis: list[str]
    kl: str  # the municipality (or municipalities) as the text names them
    kshort: str
    lpo: str  # police area
    ort: str  # main town
    y1: int
    y2: int

    @property
    def joint(self) -> bool:
        return len(self.munis) > 1

    @property
    def per_txt(self) -> str:
        return f"{self.y1}" if self.y1 == self.y2 else f"{self.y1}–{self.y2}"


@dataclass
class Doc:
    """Source markup lines plus the gold sections, promises and signatories written so far."""

    rng: random.Random
    facts: Facts
    lpo_txt: str = ""
    lines: list[str] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    promises: list[dict] = field(default_factory=list)
    signatories: list[dict] = field(default_factory=list)
    bg_pool: list[str] = field(default_factory=list)
    sit_pool: list[str] = field(default_factory=list)

    def para(self, text: str) -> None:
        self.lines.append(text)
        self.lines.append("")

    def h2(self, text: str, role: str) -> None:
        self.lines.append(f"## {text}")
        self.lines.append("")
        self.sections.append({"heading": text, "role": role})

    def bullets(self, texts: list[str]) -> None:
        self.lines.extend(f"- {t}" for t in texts)
        self.lines.append("")

    def fill(self, text: str) -> str:
        f = self.facts
        return text.format(kl=f.kl, lpo=f.lpo, ort=f.ort)

    def draw(self, pool: list[str], src: list[str], k: int) -> list[str]:
        """k sentences from src, each used once before any repeats (pool holds the rest of the round)."""
        out = []
        for _ in range(k):
            if not pool:
                pool.extend(self.rng.sample(src, len(src)))
            out.append(pool.pop())
        return out

    def add(self, text: str, theme: str | None, actors: list[str], q: bool, tps: list[str]) -> None:
        self.promises.append({"text": text, "theme": theme, "actors": actors, "quantified": q, "topics": tps})
