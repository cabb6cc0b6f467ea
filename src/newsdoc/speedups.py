"""Which parse modules run as compiled code in this installation.

newsdoc is pure Python; a build made with ``NEWSDOC_COMPILE=1`` compiles the
parse hot path with mypyc (see docs/performance.md).  The compiled modules
behave exactly like their sources, only faster, so the one visible difference
is speed: benchmarks and ``newsdoc --version`` say which build they ran.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import pkgutil


def compiled_modules() -> tuple[str, ...]:
    """Names of the ``newsdoc.parse`` modules that load from compiled extensions, sorted.

    Empty for a pure-Python installation (an editable install is always one).
    Read from each module's import spec: an extension module wins over its source.
    """
    parse_spec = importlib.util.find_spec("newsdoc.parse")
    locations = parse_spec.submodule_search_locations if parse_spec is not None else None
    if not locations:
        return ()
    found = []
    for module in pkgutil.walk_packages(list(locations), prefix="newsdoc.parse."):
        if module.ispkg:
            continue
        spec = importlib.util.find_spec(module.name)
        if spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
            found.append(module.name)
    return tuple(sorted(found))


def build_description() -> str:
    """``"pure Python"`` or ``"compiled (mypyc): N parse modules"``, for reports and ``--version``."""
    compiled = compiled_modules()
    return f"compiled (mypyc): {len(compiled)} parse modules" if compiled else "pure Python"
