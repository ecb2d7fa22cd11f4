"""Facts of the OpenAPI specification that several tools walk the document by."""

from __future__ import annotations

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The fixed fields of a Path Item Object that hold an Operation Object, in the specification's order."""
