#!/usr/bin/env python3
"""Print the Swedish LIX readability of the questionnaire questions.

For each questionnaire file, the Swedish ``question`` texts of all themes are
joined with a space and scored as:

    words      = maximal runs of letters or digits (Unicode letters incl. åäö)
    sentences  = number of '.', '!', '?' and ':' characters (at least 1)
    long words = words with more than 6 letters
    LIX        = words / sentences + 100 * long words / words

Usage: python3 tools/lix.py [FILE ...]
Without arguments, the three questionnaire files of the current revision are read.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [
    ROOT / "src/main/resources/questionnaire/vuxen-2026.1.json",
    ROOT / "src/main/resources/questionnaire/ungdom-2026.1.json",
    ROOT / "src/main/resources/questionnaire/barn-2026.1.json",
]


def words_of(text):
    words, current = [], []
    for ch in text:
        if ch.isalpha() or ch.isdigit():
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def lix(text):
    words = words_of(text)
    sentences = max(1, sum(text.count(c) for c in ".!?:"))
    long_words = sum(1 for w in words if len(w) > 6)
    if not words:
        return 0.0, 0, sentences, 0
    return len(words) / sentences + 100 * long_words / len(words), len(words), sentences, long_words


def main(argv):
    files = [Path(a) for a in argv] or DEFAULT_FILES
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = " ".join(theme["sv"]["question"] for theme in data["themes"])
        value, words, sentences, long_words = lix(text)
        print(f"{data['version']:7} {value:5.1f}  (words {words}, sentences {sentences}, "
              f"long words {long_words})  {path.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
