"""operationId style: camelCase, starting with a verb from VERBS.

The generated client turns `listMembers` in tag `Members` into `api/members/list_members.py`, so the
operationId is the Python API's name. Verbs: get = one object, list = many, search = filtered by a query,
create/update/delete/upsert for writes, and the verbs the WalletApp docs use for actions (send a mail,
add points, set a favourite location, import members, sign up, unsubscribe). To allow a new verb, add it
here with its meaning and mention it in the changelog of the spec.
"""

from __future__ import annotations

import re

VERBS = frozenset(
    {
        "get",
        "list",
        "search",
        "create",
        "update",
        "delete",
        "upsert",
        "send",
        "add",
        "set",
        "import",
        "export",
        "generate",
        "sign",
        "unsubscribe",
    }
)

_CAMEL_CASE = re.compile(r"^[a-z]+(?:[A-Z0-9][a-z0-9]*)*$")
_FIRST_WORD = re.compile(r"^[a-z]+")


def operation_id_problem(operation_id: str) -> str | None:
    """Why `operation_id` breaks the style, or None when it follows it."""
    if not _CAMEL_CASE.match(operation_id):
        return f"operationId {operation_id!r} is not camelCase (e.g. listMembers)"
    match = _FIRST_WORD.match(operation_id)
    verb = match.group(0) if match else ""
    if verb not in VERBS:
        return f"operationId {operation_id!r} does not start with a known verb ({', '.join(sorted(VERBS))})"
    if verb == operation_id:
        return f"operationId {operation_id!r} names no object after the verb (e.g. {verb}Members)"
    return None
