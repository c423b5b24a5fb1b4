"""Search keys for names: case and accents folded, so "zoe" finds "Zoë"."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """`name` folded for search: no case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.split())


def prefix_upper_bound(prefix: str) -> str:
    """The smallest text greater than every text starting with `prefix`.

    `key >= prefix AND key < bound` is a prefix search that uses an index on
    any database (unlike LIKE, whose index use depends on collation settings).
    """
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
