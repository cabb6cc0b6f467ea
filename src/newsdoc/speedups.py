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
    """Names of the ``newsdoc.parse`` modules (the package included) that load compiled, sorted.

    Empty for a pure-Python installation (an editable install is always one).
    Read from each module's import spec: an extension module wins over its source.
    """
    parse_spec = importlib.util.find_spec("newsdoc.parse")
    if parse_spec is None or not parse_spec.submodule_search_locations:
        return ()
    names = ["newsdoc.parse"]
    for module in pkgutil.walk_packages(list(parse_spec.submodule_search_locations), prefix="newsdoc.parse."):
        names.append(module.name)
    found = []
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
            found.append(name)
    return tuple(sorted(found))


def build_description() -> str:
    """``"pure Python"`` or ``"compiled (mypyc): N parse modules"``, for reports and ``--version``."""
    compiled = compiled_modules()
    return f"compiled (mypyc): {len(compiled)} parse modules" if compiled else "pure Python"
