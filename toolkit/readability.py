"""LIX, the Scandinavian readability index: words per sentence plus the share of long words.

LIX = words / sentences + 100 * long words / words, where a long word has more than six
letters. Below 25 is very easy, 25–34 easy, 35–44 medium, 45–54 hard, 55 and up very hard.
"""

import re

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A sentence ends at . ! ? : or ; or at a line break (list items and headings).
SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)|\n+")


def lix(text: str) -> int:
    """The LIX of plain `text`, rounded; 0 for text without words."""
    words = WORD.findall(text)
    if not words:
        return 0
    sentences = [part for part in SENTENCE_END.split(text) if WORD.search(part)]
    long_words = sum(1 for word in words if len(word) > 6)
    return round(len(words) / max(len(sentences), 1) + 100 * long_words / len(words))
