"""A fast regex tokenizer and sentence splitter with character offsets.

Tokens keep their offsets into the document, so every event can point at its words.
Possessives and negations are split off the way treebanks do ("Greenland's" → "Greenland",
"'s"; "didn't" → "did", "n't").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Sentence", "Token", "make_sentence", "sentence_at", "sentence_spans",
           "sentences", "tokenize"]

# the words a full stop joins as one token before a capital ("Mr. Smith"; see _TOKEN)
_TITLED = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Adm", "Gov", "St")
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"                 # U.S., U.K., U.S.A.
    rf"|(?:{'|'.join(_TITLED)})\.(?=\s+[A-Z])"
    r"|\d+(?:[.,]\d+)*"
    r"|\w+(?:[-'’]\w+)*"
    r"|[^\w\s]")
# marks that end a word of letters as a token of their own
_CLOSERS = frozenset(',.;:!?)"”')
_POSSESSIVE = re.compile(r"(?i)(.+?)(['’]s|n['’]t)$")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:"
                         + "|".join((*_TITLED, "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct",
                                     "Nov", "Dec")) + r")\.$")
_NOT_ABBREV = re.compile(r"(The|A|An|In|On|It|He|She|They|We)\b")
# a sentence ends at a run of "." "!" "?" (and closing quotes) before white space and a
# capital or digit, at a blank line, or at a line break before a capital. The pattern opens
# with the set of the characters a match starts with, so the regex engine skips ahead to
# them (a pattern that opens with alternatives is tried at every character)
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)(?:\s*\n|(?=\s*[A-Z“\"]))"
                       r"|(?<=[.!?])[.!?]*[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9]))")


class Token:
    """One word or punctuation mark with its offsets into the document text.

    ``lower`` (lower case, curly apostrophe made straight) and ``is_cap`` are computed
    once when the token is made: the rules read them many times.
    """

    __slots__ = ("end", "is_cap", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int, lower: str | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower().replace("’", "'") if lower is None else lower
        self.is_cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (
            other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets into the document, its text and its tokens."""

    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    ends: tuple[int, ...] = field(default=(), compare=False, repr=False)  # of the tokens

    def __post_init__(self) -> None:
        if len(self.ends) != len(self.tokens):
            object.__setattr__(self, "ends", tuple(t.end for t in self.tokens))


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Split ``text`` into tokens whose offsets are shifted by ``offset``.

    Tokens hold no white space, so the text is cut at white space first: a piece of
    letters only (most of them) is one token; the pattern reads the others in place."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text) or "Σ" in text:
        low = ""  # lower case not per character: each token lowers its own text
    out: list[Token] = []
    append = out.append
    find, match = text.find, _TOKEN.match
    pos = 0
    for piece in text.split():
        start = find(piece, pos)  # only white space lies between the pieces
        pos = start + len(piece)
        if piece.isalpha():
            append(Token(piece, start + offset, pos + offset, low[start:pos] or None))
            continue
        if piece[-1] in _CLOSERS and piece[:-1].isalpha() and piece[:-1] not in _TITLED:
            # a word and the mark after it ("said,", "Greenland."), as the pattern reads them
            end = pos - 1
            append(Token(piece[:-1], start + offset, end + offset, low[start:end] or None))
            append(Token(piece[-1], end + offset, pos + offset))
            continue
        while start < pos:
            word = match(text, start).group(0)
            end = start + len(word)
            if end - start > 2 and word[-2] in "'’" and (split := _POSSESSIVE.match(word)) \
                    and not word.lower().endswith(("'s'", "’s’")):
                head, tail = split.group(1), split.group(2)
                if tail.lower().startswith("n") and head.lower() == "ca":
                    head = "can"  # can't → can + n't (offsets stay on the letters written)
                cut = start + len(split.group(1))
                append(Token(head, start + offset, cut + offset))
                append(Token(tail, cut + offset, end + offset))
            else:
                append(Token(word, start + offset, end + offset, low[start:end] or None))
            start = end
    return tuple(out)


def sentences(text: str) -> list[Sentence]:
    """Split a document into sentences (and headline lines), each with its tokens."""
    return [make_sentence(s, e, t) for s, e, t in sentence_spans(text)]


def make_sentence(start: int, end: int, text: str) -> Sentence:
    """The :class:`Sentence` at ``start:end`` whose (stripped) text is ``text``."""
    tokens = tokenize(text, start)
    return Sentence(start, end, text, tokens, tuple(t.end for t in tokens))


def sentence_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every sentence, as :func:`sentences` splits them, without
    tokenizing them: a caller tokenizes only the sentences it reads.

    ``lo`` (0 or the end of a sure sentence end, see :func:`sentence_at`) and ``hi``
    limit the work to a part of the text: the split starts at ``lo`` and stops after the
    first sentence that ends at ``hi`` or later. The sentences it gives are those of the
    whole text there (a sure end is always a split, and a split depends on what comes
    before only through the sentence it closes)."""
    out: list[tuple[int, int, str]] = []
    start = lo
    for m in _SENT_END.finditer(text, lo):
        end = m.end()
        if m.group(0) == "\n" and _wrapped(text, m.start()):
            continue
        if m.group(0).startswith(".") and _abbrev_end(text, start, m.start()):
            nxt = text[end:end + 40].lstrip()
            if (nxt[:1].isupper() or nxt[:1].isdigit()) and not _NOT_ABBREV.match(nxt):
                continue  # "U.S. President": an abbreviation, not a sentence end
        _add(out, text, start, end)
        start = end
        if hi is not None and end >= hi:
            return out
    _add(out, text, start, len(text))
    return out


def _abbrev_end(text: str, lo: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("U.S.", "Mr.") that begins at
    ``lo`` or after. Each one ends in a word of 4 letters at most, so a full stop after 5
    letters or digits ends none, and the pattern need not be tried ("said." ends most
    sentences of a wire text). A run of initials ends in two ("S.A." of "U.S.A."), so
    the pattern is tried only on the last 5 characters, which hold either."""
    if dot >= 5 and text[dot - 5:dot].isalnum():
        return False
    return _ABBREV_END.search(text, max(lo, dot - 4), dot + 1) is not None


def _wrapped(text: str, nl: int) -> bool:
    """A hard-wrapped line (wire copy): a long line that does not end a sentence."""
    line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    return len(line) > 50 and line[-1:] not in ".!?:\"”’)"


def _add(out: list[tuple[int, int, str]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + len(chunk) - len(chunk.lstrip())
    out.append((s, s + len(stripped), stripped))


def _certain(text: str, m: re.Match) -> bool:
    """Whether the match ``m`` of the sentence-end pattern surely ends a sentence."""
    g, s = m.group(0), m.start()
    if g[0] == "\n":
        return g != "\n" or not _wrapped(text, s)
    if s > 0 and text[s - 1] in ".!?":
        return False
    return g[0] != "." or not _abbrev_end(text, 0, s)


def sentence_at(text: str, pos: int) -> tuple[int, int, str]:
    """``(start, end, text)`` of the sentence (as :func:`sentence_spans` splits them) that
    holds the character at ``pos`` (no white space), found without splitting the text
    before it: the split starts at the last sure sentence end before ``pos``."""
    return sentence_spans(text, _sure_end_before(text, pos), pos + 1)[-1]


_MARKS = ".!?\n"  # the characters a match of the sentence-end pattern begins with


def _sure_end_before(text: str, pos: int) -> int:
    """The end of the last sure sentence end that ends at ``pos`` or before (else 0).

    The pattern is tried at the characters a match begins with, from ``pos`` backwards
    (str.rfind is much faster than a pattern search). Tried alone, such a character gives
    the match that a search from the start finds there, or one that is not sure (inside a
    run of "." or "!"), or one with the same end (a line break inside a blank line). The
    ends of the matches grow with their starts, so the first sure one whose end is not
    past ``pos`` is the last."""
    at = [text.rfind(c, 0, pos) for c in _MARKS]
    while (p := max(at)) >= 0:
        k = at.index(p)
        at[k] = text.rfind(_MARKS[k], 0, p)
        m = _SENT_END.match(text, p)
        if m is not None and m.end() <= pos and _certain(text, m):
            return m.end()
    return 0

