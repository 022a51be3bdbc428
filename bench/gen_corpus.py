"""Generate the benchmark corpus: seeded JSON Lines of English and Korean reports, mostly noise.

    python bench/gen_corpus.py --mb 20 [--seed 1] [-o bench/out/corpus.jsonl]

Documents are built from bench/templates.yaml and bench/vocab.yaml (written for this
benchmark); the same seed and size always give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"


def load_yaml(name: str) -> Any:
    """A YAML file of the bench folder."""
    return yaml.safe_load((BENCH / name).read_text(encoding="utf-8"))


@dataclass(slots=True, frozen=True)
class Recipe:
    """What documents are made of: templates, words to fill them, and the mix."""

    templates: dict[str, Any]
    vocab: dict[str, Any]

    @classmethod
    def load(cls) -> Recipe:
        """The recipe in the bench folder."""
        return cls(load_yaml("templates.yaml"), load_yaml("vocab.yaml"))


class Slots(dict[str, str]):
    """The slot values of one document: picked on first use, then kept."""

    def __init__(self, recipe: Recipe, language: str, rng: random.Random) -> None:
        super().__init__()
        self.numbers: dict[str, list[int]] = recipe.vocab["numbers"]
        self.words: dict[str, list[str]] = recipe.vocab[language]
        self.rng = rng

    def __missing__(self, key: str) -> str:
        self[key] = value = self.pick(key)
        return value

    def pick(self, key: str) -> str:
        """A fresh value for a slot; `place2` draws from `place` independently."""
        if key in self.numbers:
            low, high = self.numbers[key]
            return str(self.rng.randint(low, high))
        words = self.words.get(key) or self.words[key.rstrip("0123456789")]
        return str(self.rng.choice(words))


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    """One key of a {key: weight} table, drawn by weight."""
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def body(rng: random.Random, recipe: Recipe, language: str, own: list[str]) -> list[list[str]]:
    """Paragraphs of the topic's own sentences, then background ones, none repeated."""
    low, high = recipe.templates["paragraphs"]
    s_low, s_high = recipe.templates["sentences"]
    pool = rng.sample(own, len(own)) + rng.sample(
        recipe.templates["background"][language], len(recipe.templates["background"][language])
    )
    paragraphs = []
    for _ in range(rng.randint(low, high)):
        take = rng.randint(s_low, s_high)
        paragraphs.append(pool[:take])
        pool = pool[take:]
    return [p for p in paragraphs if p]


def styled_lead(lead: str, style: str, extra: dict[str, Any]) -> str:
    """The first sentence with the opening of its style: a dateline or a source."""
    if style == "wire":
        return extra["wire_prefix"] + lead
    if style == "source":
        return extra["source_prefix"] + lead[:1].lower() + lead[1:]
    return lead


def compose(rng: random.Random, recipe: Recipe, language: str, topic: str, style: str) -> list[str]:
    """The paragraphs of one document, slots still unfilled."""
    parts = recipe.templates[language][topic]
    extra = recipe.templates["style_text"][language]
    lead = styled_lead(rng.choice(parts["lead"]), style, extra)
    paragraphs = [[lead], *body(rng, recipe, language, parts["body"])]
    if style in ("source", "analysis"):
        paragraphs.insert(rng.randint(1, len(paragraphs)), [rng.choice(extra[f"{style}_lines"])])
    paragraphs.append([rng.choice(parts["close"])])
    texts = [" ".join(p) for p in paragraphs]
    if style == "un":
        texts = [extra["un_prefix"].replace("{para}", str(i)) + t for i, t in enumerate(texts, 7)]
    return texts


def document(n: int, rng: random.Random, recipe: Recipe) -> dict[str, Any]:
    """One report in the EVENTS.md document format."""
    language = weighted(rng, recipe.templates["languages"])
    topics = recipe.templates["topics"]
    topic = weighted(rng, {k: v["weight"] for k, v in topics.items()})
    style = weighted(rng, recipe.templates["styles"])
    slots = Slots(recipe, language, rng)
    paragraphs = [p.format_map(slots) for p in compose(rng, recipe, language, topic, style)]
    text = "\n\n".join(p[:1].upper() + p[1:] for p in paragraphs)
    title = rng.choice(recipe.templates[language][topic]["title"]).format_map(slots)
    year, month = rng.randint(2010, 2025), rng.randint(1, 12)
    return {
        "id": f"bench-{n:07d}-{language}-{topic}",
        "url": f"https://example.org/bench/{n}",
        "title": title,
        "published": f"{year}-{month:02d}-{rng.randint(1, 28):02d}",
        "language": language,
        "text": text,
        "bench_relevant": topics[topic]["relevant"],
    }


def generate(megabytes: float, seed: int = 1) -> Iterator[dict[str, Any]]:
    """Documents until their texts reach the given size (UTF-8 megabytes, 10^6 bytes)."""
    rng, recipe = random.Random(seed), Recipe.load()
    size, n = 0, 0
    while size < megabytes * 1_000_000:
        doc = document(n, rng, recipe)
        size += len(doc["text"].encode("utf-8"))
        n += 1
        yield doc


def recipe_digest() -> str:
    """A short hash of the templates, vocabulary and generator: a new recipe, a new corpus."""
    digest = hashlib.sha256()
    for name in ("templates.yaml", "vocab.yaml", "gen_corpus.py"):
        digest.update((BENCH / name).read_bytes())
    return digest.hexdigest()[:8]


def corpus_path(megabytes: float, seed: int) -> Path:
    """Where the corpus of this size, seed and recipe is kept."""
    return OUT / f"corpus-{megabytes:g}mb-seed{seed}-{recipe_digest()}.jsonl"


def write_corpus(path: Path, megabytes: float, seed: int) -> dict[str, int]:
    """Write a corpus file; return counts of documents, relevant ones and bytes of text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    counts = {"documents": 0, "relevant": 0, "text_bytes": 0, "ko": 0}
    with path.open("w", encoding="utf-8") as fh:
        for doc in generate(megabytes, seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            counts["documents"] += 1
            counts["relevant"] += int(doc["bench_relevant"])
            counts["ko"] += int(doc["language"] == "ko")
            counts["text_bytes"] += len(doc["text"].encode("utf-8"))
    return counts


def ensure_corpus(megabytes: float, seed: int = 1) -> Path:
    """The corpus file of this size and seed, generated on first use."""
    path = corpus_path(megabytes, seed)
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        write_corpus(tmp, megabytes, seed)
        tmp.rename(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes of text (default 20)")
    parser.add_argument("--seed", type=int, default=1)
    default = "bench/out/corpus-<mb>mb-seed<seed>-<recipe>.jsonl"
    parser.add_argument("-o", "--output", type=Path, help=f"default: {default}")
    args = parser.parse_args()
    path = args.output or corpus_path(args.mb, args.seed)
    counts = write_corpus(path, args.mb, args.seed)
    share = counts["relevant"] / max(counts["documents"], 1)
    print(
        f"{path}: {counts['documents']} documents, {counts['text_bytes'] / 1e6:.1f} MB of text, "
        f"{share:.1%} relevant by design, {counts['ko']} in Korean"
    )


if __name__ == "__main__":
    main()
