"""Search keys for names: case and accents folded, so "zoe" finds "Zoë"."""

from __future__ import annotations

import unicodedata

LAST_CHARACTER = chr(0x10FFFF)
# More words than any name has: a search typed as a long text (or a pasted
# page) becomes one query condition per word, and only so many fit in one query.
MOST_WORDS = 16
_SURROGATES = range(0xD800, 0xE000)


def name_key(name: str) -> str:
    """`name` folded for search: no case, no accents, no invisible formatting,
    single spaces, its first 16 words.

    Characters that are not text (controls, surrogate halves, Unicode's
    noncharacters such as U+10FFFF) separate words like spaces: no name
    holds them, and they could not be stored or searched reliably.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(
        " " if _not_text(char) else char
        for char in decomposed
        # Invisible formatting (direction marks and overrides, zero-width
        # joiners, soft hyphens) changes how a name looks, not what it is.
        if not unicodedata.combining(char) and unicodedata.category(char) != "Cf"
    )
    return " ".join(bare.split()[:MOST_WORDS])


def prefix_upper_bound(prefix: str) -> str:
    """The smallest text greater than every text starting with `prefix`.

    `key >= prefix AND key < bound` is a prefix search that uses an index on
    any database (unlike LIKE, whose index use depends on collation settings).
    The last character U+10FFFF has no successor, so the bound is found on
    the character before it; a prefix of nothing but U+10FFFF (never in a
    name key) gives the prefix itself: an empty range.
    """
    stem = prefix.rstrip(LAST_CHARACTER)
    if not stem:
        return prefix
    following = ord(stem[-1]) + 1
    if following in _SURROGATES:
        # Surrogate halves cannot be stored; the next real character follows them.
        following = _SURROGATES.stop
    return stem[:-1] + chr(following)


def _not_text(char: str) -> bool:
    point = ord(char)
    return (
        unicodedata.category(char) in ("Cc", "Cs")
        or 0xFDD0 <= point <= 0xFDEF
        or point & 0xFFFE == 0xFFFE
    )
