"""Offline JSON Schema validation for the export tests (and benchmarks/exports.py).

The official ninjs schemas live in ../shared/standards/ninjs/; they are loaded
into a ``referencing`` registry together with newsdoc's own schemas so that no
reference is fetched from the network.  A reference that is not in the registry
(geojson.org) fails loudly instead of being downloaded.  jsonschema has no
checker for ``date-time`` and ``uri`` without extra packages, so two small ones
are registered here: RFC 3339 date-times with an offset, and URIs with a scheme.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import referencing
import referencing.exceptions
from referencing.jsonschema import DRAFT7, DRAFT202012

from newsdoc.schemas import DOCUMENT_SCHEMA_ID, NINJS_SCHEMA_IDS, json_schema, ninjs_extension_schema

STANDARDS = Path(__file__).resolve().parent.parent.parent / "shared" / "standards" / "ninjs"

_RFC3339 = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)"
)


def _no_network(uri: str) -> referencing.Resource[Any]:
    raise referencing.exceptions.NoSuchResource(ref=uri)


def format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time")
    def is_datetime(value: object) -> bool:
        return not isinstance(value, str) or _RFC3339.fullmatch(value) is not None

    @checker.checks("uri")
    def is_uri(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme) and " " not in value and bool(parts.netloc or parts.path)

    return checker


def official_schema(version: str, root: Path = STANDARDS) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
    return data


def registry(root: Path = STANDARDS) -> referencing.Registry[Any]:
    """Every schema the exports refer to, offline."""
    resources: list[tuple[str, referencing.Resource[Any]]] = []
    for version, uri in NINJS_SCHEMA_IDS.items() if root.is_dir() else ():
        spec = DRAFT7 if version == "1.6" else DRAFT202012
        resource = spec.create_resource(official_schema(version, root))
        resources += [(uri, resource), (uri.rstrip("#"), resource)]
    resources.append((DOCUMENT_SCHEMA_ID, DRAFT202012.create_resource(json_schema())))
    for version in ("2.2", "3.1"):
        ext = ninjs_extension_schema(version)
        resources.append((ext["$id"], DRAFT202012.create_resource(ext)))
    return referencing.Registry(retrieve=_no_network).with_resources(resources)  # type: ignore[call-arg]


def ninjs_validator(version: str, *, extension: bool = False, root: Path = STANDARDS) -> jsonschema.Validator:
    """A validator for ninjs ``version`` (draft-07 for 1.6, 2020-12 otherwise)."""
    reg = registry(root)
    if extension:
        return jsonschema.Draft202012Validator(
            ninjs_extension_schema(version), registry=reg, format_checker=format_checker()
        )
    schema = official_schema(version, root)
    cls = jsonschema.Draft7Validator if version == "1.6" else jsonschema.Draft202012Validator
    return cls(schema, registry=reg, format_checker=format_checker())  # type: ignore[operator]


def document_validator() -> jsonschema.Validator:
    return jsonschema.Draft202012Validator(
        json_schema(), registry=registry(), format_checker=format_checker()
    )


def errors(validator: jsonschema.Validator, instance: Any) -> list[str]:
    """Readable messages for every violation (empty when the instance is valid)."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]
