"""Plain-text rendering (``<name>.txt``) of a parsed source document."""

import textwrap

from .source import Block, Item, SourceDoc, strip_inline

_WIDTH = 90


class _TextWriter:
    """Collects the lines of the .txt rendering, block by block."""

    def __init__(self, doc: SourceDoc) -> None:
        bullet = doc.meta.get("txt_bullet", "•").strip() or "•"
        self.bmark = "- " if bullet == "-" else "  • "
        self.wrap = doc.flag("txt_wrap")
        self.out: list[str] = []

    def wrapped(self, text: str, first: str, rest: str) -> list[str]:
        if not self.wrap:
            return [first + text]
        return textwrap.wrap(
            text,
            width=_WIDTH,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [first]

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")

    def items(self, items: list[Item]) -> None:
        for it in items:
            pad = " " * (4 * it.level)
            marker = f"{it.number}. " if it.ordered else self.bmark
            first = pad + marker
            rest = " " * len(first)
            self.out.extend(self.wrapped(strip_inline(it.text), first, rest))
            for e in it.extra:
                self.out.extend(self.wrapped(strip_inline(e), rest, rest))
            self.items(it.children)

    def table(self, b: Block) -> None:
        for r in b.rows:
            cells = [strip_inline(c) for c in r]
            while len(cells) > 1 and not cells[-1]:
                cells.pop()
            self.out.append("\t".join(cells))

    def sign(self, b: Block) -> None:
        lw = max((len(strip_inline(r[0])) for r in b.rows if len(r) > 1), default=0)
        for r in b.rows:
            if not r:
                self.out.append("")
            elif len(r) == 1:
                self.out.append(strip_inline(r[0]))
            else:
                left = strip_inline(r[0])
                self.out.append((left.ljust(lw + 6) + strip_inline(r[1])).rstrip())

    def block(self, b: Block) -> None:
        if b.kind not in ("title", "h2", "h3", "para", "list", "table", "sign", "furniture"):
            return
        self.blank()
        if b.kind in ("title", "h2", "h3"):
            self.out.append(strip_inline(b.text))
        elif b.kind == "para":
            for ln in b.lines:
                self.out.extend(self.wrapped(strip_inline(ln), "", ""))
        elif b.kind == "list":
            self.items(b.items)
        elif b.kind == "table":
            self.table(b)
        elif b.kind == "sign":
            self.sign(b)
        else:  # furniture
            self.out.extend(b.lines)
        self.out.append("")

    def text(self) -> str:
        out = list(self.out)
        while out and out[-1] == "":
            out.pop()
        # collapse runs of blank lines
        res: list[str] = []
        for ln in out:
            if ln == "" and res and res[-1] == "":
                continue
            res.append(ln)
        return "\n".join(res) + "\n"


def render_txt(doc: SourceDoc) -> str:
    writer = _TextWriter(doc)
    for b in doc.blocks:
        writer.block(b)
    return writer.text()
