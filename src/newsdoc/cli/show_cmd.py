"""``newsdoc show FILE``: a readable summary of a parsed article for people."""

from __future__ import annotations

import argparse

from newsdoc.cli import EXIT_FAILED, EXIT_OK, Command
from newsdoc.cli.inputs import expand, parse_one, report_failure
from newsdoc.config import Config
from newsdoc.model import Document


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="FILE", help="files, directories or - for stdin")


def summary(doc: Document) -> str:
    """A plain-text summary: header fields, paragraphs, quotes and problems."""
    lines = [f"headline:  {doc.headline or '-'}", f"published: {doc.published or '-'}"]
    if doc.dateline is not None:
        dl = doc.dateline
        when = (
            dl.date.isoformat()
            if dl.date
            else (f"--{dl.month:02d}-{dl.day:02d}" if dl.month and dl.day else "-")
        )
        lines.append(f"dateline:  {dl.display_location or '-'} | {when} | {dl.agency or '-'}")
    for byline in doc.bylines:
        lines.append(
            f"byline:    {byline.name} ({byline.role}{', ' + byline.agency if byline.agency else ''})"
        )
    for caption in doc.captions:
        credit = f" [{caption.credit.role}: {caption.credit.name}]" if caption.credit else ""
        lines.append(f"caption:   {_clip(caption.text)}{credit}")
    lines.append(f"paragraphs: {len(doc.paragraphs)}")
    for number, paragraph in enumerate(doc.paragraphs, 1):
        lines.append(f"  {number:>2}. {_clip(paragraph.text)}")
    if doc.quotes:
        lines.append(f"quotes: {len(doc.quotes)}")
        for quote in doc.quotes:
            who = quote.speaker_name or "?"
            lines.append(
                f"  - {who} [{quote.cue or '-'}, {quote.kind}, {quote.rule}]: {_clip(quote.text, 70)}"
            )
    for tail in doc.tails:
        lines.append(f"tail:      {tail.kind}: {_clip(tail.text)}")
    for problem in doc.problems:
        lines.append(f"problem:   {problem.code}: {problem.message}")
    return "\n".join(lines)


def _clip(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run(args: argparse.Namespace) -> int:
    failed = 0
    first = True
    for source in expand(args.paths):
        outcome = parse_one(source, Config())
        if outcome.document is None:
            report_failure(outcome)
            failed += 1
            continue
        if not first:
            print()
        first = False
        print(f"== {source}")
        print(summary(outcome.document))
    return EXIT_FAILED if failed else EXIT_OK


COMMAND = Command("show", "print a readable summary of parsed articles", configure, run)
