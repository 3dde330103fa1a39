"""A fast regex tokenizer and sentence splitter with character offsets.

Tokens keep their offsets into the document, so every event can point at its words.
Possessives and negations are split off the way treebanks do ("Greenland's" → "Greenland",
"'s"; "didn't" → "did", "n't").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "Token", "sentences", "tokenize"]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"                 # U.S., U.K., U.S.A.
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Adm|Gov|St)\.(?=\s+[A-Z])"
    r"|\d+(?:[.,]\d+)*"
    r"|\w+(?:[-'’]\w+)*"
    r"|[^\w\s]")
_POSSESSIVE = re.compile(r"(?i)(.+?)(['’]s|n['’]t)$")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Adm|Gov|St|"
                         r"No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$")
_SENT_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])")


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark with its offsets into the document text."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets into the document, its text and its tokens."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Split ``text`` into tokens whose offsets are shifted by ``offset``."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(0), m.start() + offset
        split = _POSSESSIVE.match(word) if len(word) > 2 else None
        if split and not word.lower().endswith(("'s'", "’s’")):
            head, tail = split.group(1), split.group(2)
            if tail.lower().startswith("n") and head.lower() == "ca":
                head = "can"  # can't → can + n't (offsets stay on the letters written)
            out.append(Token(head, start, start + len(split.group(1))))
            out.append(Token(tail, start + len(split.group(1)), start + len(word)))
        else:
            out.append(Token(word, start, start + len(word)))
    return tuple(out)


def sentences(text: str) -> list[Sentence]:
    """Split a document into sentences (and headline lines), each with its tokens."""
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group(0) == "\n" and _wrapped(text, m.start()):
            continue
        if m.group(0).startswith((".",)) and _ABBREV_END.search(text[start:m.start() + 1]):
            nxt = text[end:end + 40].lstrip()
            if (nxt[:1].isupper() or nxt[:1].isdigit()) and not re.match(
                    r"(The|A|An|In|On|It|He|She|They|We)\b", nxt):
                continue  # "U.S. President": an abbreviation, not a sentence end
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


def _wrapped(text: str, nl: int) -> bool:
    """A hard-wrapped line (wire copy): a long line that does not end a sentence."""
    line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    return len(line) > 50 and line[-1:] not in ".!?:\"”’)"


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    e = s + len(stripped)
    out.append(Sentence(s, e, stripped, tokenize(stripped, s)))
