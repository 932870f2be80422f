#!/usr/bin/env python3
"""Validates SupplyNet JSON exports against a JSON Schema (draft 2020-12) with the jsonschema package.

usage: schema_check.py SCHEMA FILE...

Checks the schema itself, then each FILE against it with Draft202012Validator and format
checking. Prints one summary line and exits 0 when every file is valid; otherwise prints every
error as `FILE: JSON-PATH: message` on standard error and exits 1. Exits 2 for bad arguments,
an unreadable file, a schema that is not a valid schema, or a python3 without jsonschema.
"""

import json
import sys
from importlib.metadata import version

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    print("schema_check: python3 cannot import jsonschema; run scripts/test.sh, which installs it", file=sys.stderr)
    sys.exit(2)


def read_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        print(f"schema_check: cannot read {path}: {error}", file=sys.stderr)
        sys.exit(2)


def document_order(error):
    """Sorts errors by where they are in the document: array indices as numbers, keys as text."""
    return [(0, part, "") if isinstance(part, int) else (1, 0, part) for part in error.absolute_path]


def main(arguments):
    if len(arguments) < 2:
        print("usage: schema_check.py SCHEMA FILE...", file=sys.stderr)
        return 2
    schema_path, files = arguments[0], arguments[1:]
    schema = read_json(schema_path)
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as error:
        print(f"schema_check: {schema_path} is not a valid draft 2020-12 schema: {error.message}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = 0
    for path in files:
        document = read_json(path)
        for error in sorted(validator.iter_errors(document), key=document_order):
            print(f"{path}: {error.json_path}: {error.message}", file=sys.stderr)
            errors += 1
    if errors:
        print(f"schema_check: {errors} error(s) in {len(files)} file(s) against {schema_path}", file=sys.stderr)
        return 1
    print(f"schema_check: ok: {len(files)} file(s) valid against {schema_path} (jsonschema {version('jsonschema')})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
