"""The WalletApp contract as every tool reads it: one loader, one resolver, one walker, one model.

- :func:`load_spec` reads an OpenAPI document (YAML 1.2 core schema or JSON, duplicate keys refused,
  values checked to be JSON) into a :class:`Spec`, whose ``$ref``s resolve through ``referencing``:
  :meth:`Spec.resolve` follows one chain, :meth:`Spec.inline` copies an object with every ``$ref``
  replaced.
- :meth:`Spec.operations` and :meth:`Spec.webhooks` list the :class:`Operation`\\ s, with their
  callbacks and every security requirement (:meth:`Operation.allows`, :attr:`Operation.abilities`).
- :func:`walk` visits every OpenAPI object by kind with its JSON pointer; :mod:`._schema` names the
  schema keywords once (:func:`subschemas`, :func:`plain_json_schema`).
- :func:`load_document`, :func:`dump_document`, :func:`write_document` and :func:`replace_file` are the
  file I/O of every tool: YAML or JSON by file name, one stable output style, atomic replacement.

Every bad input raises :class:`SpecError`, one line naming the file and the JSON pointer. Documents stay
within :data:`MAX_INPUT_BYTES`, :data:`MAX_DEPTH` and :data:`MAX_NODES` (YAML aliases expanded).

:data:`WALLETAPP_SPEC` is the contract itself (openapi/walletapp.yaml), shipped in the package, so an
installed mock or contract suite finds it without a checkout.
"""

from importlib import resources
from pathlib import Path

from ._errors import SpecError
from ._files import (
    dump_document,
    format_for,
    load_document,
    parse_document,
    read_text,
    replace_file,
    write_document,
)
from ._json import JSONValue, describe_pointer, extent, is_primitive, json_clone, kind
from ._limits import MAX_DEPTH, MAX_INPUT_BYTES, MAX_NODES
from ._operations import Operation, Requirement, requirements
from ._pointer import escape, extend, join, tokens, unescape
from ._schema import (
    DATA_KEYWORDS,
    JSON_SCHEMA_KEYWORDS,
    OPENAPI_KEYWORDS,
    SCHEMA_LISTS,
    SCHEMA_MAPS,
    SCHEMA_SINGLES,
    Schema,
    is_extension,
    plain_json_schema,
    schema_tree,
    subschemas,
)
from ._spec import URI, Spec, load_spec
from ._validators import SpecSchemas, format_checker
from ._walk import HTTP_METHODS, Site, walk
from ._yaml import dump_yaml, load_yaml

WALLETAPP_SPEC = Path(str(resources.files(__name__).joinpath("walletapp.yaml")))
"""openapi/walletapp.yaml as package data (in the repository, a link to it)."""

__all__ = [
    "DATA_KEYWORDS",
    "HTTP_METHODS",
    "JSON_SCHEMA_KEYWORDS",
    "MAX_DEPTH",
    "MAX_INPUT_BYTES",
    "MAX_NODES",
    "OPENAPI_KEYWORDS",
    "SCHEMA_LISTS",
    "SCHEMA_MAPS",
    "SCHEMA_SINGLES",
    "URI",
    "WALLETAPP_SPEC",
    "JSONValue",
    "Operation",
    "Requirement",
    "Schema",
    "Site",
    "Spec",
    "SpecError",
    "SpecSchemas",
    "describe_pointer",
    "dump_document",
    "dump_yaml",
    "escape",
    "extend",
    "extent",
    "format_checker",
    "format_for",
    "is_extension",
    "is_primitive",
    "join",
    "json_clone",
    "kind",
    "load_document",
    "load_spec",
    "load_yaml",
    "parse_document",
    "plain_json_schema",
    "read_text",
    "replace_file",
    "requirements",
    "schema_tree",
    "subschemas",
    "tokens",
    "unescape",
    "walk",
    "write_document",
]
