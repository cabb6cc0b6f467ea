"""Direct quotes: paired quote marks and the frames that attribute them.

Also records an ``unclosed-quote`` problem for a quote mark whose paragraph ends
without a closing mark (unless the next paragraph reopens the quote).
"""

from __future__ import annotations

from newsdoc.parse.rules.quote_support import add_quotes
from newsdoc.parse.state import ParseState, Rule


def apply(state: ParseState) -> None:
    add_quotes(state, direct=True)


RULE: Rule = Rule("direct-quotes", apply, quotes=True)
