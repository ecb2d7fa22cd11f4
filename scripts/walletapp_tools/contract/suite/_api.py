"""Deterministic calls for the scenarios (write then read, batches end to end, the walk of every link).

Each call is a schemathesis `Case` of the operation, validated with every check the random phases use
(plus ours), counted in the summary under the `scenarios` phase. A positive request is built from the
spec's own example of the operation, with every identifier replaced by one that exists on the server and
belongs to the run (`Positive`), so no call is written out by hand per operation.
"""

from __future__ import annotations

import copy
import itertools
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pytest
from schemathesis import Case, Response
from schemathesis.core import NOT_SET
from schemathesis.core.transforms import UNRESOLVABLE
from schemathesis.generation.stateful.state_machine import StepOutput
from schemathesis.specs.openapi.expressions import evaluate

from .._facts import links, request_schema
from ._run import CONTEXT, LABELS, MODEL, SCHEMA, SELECTED, SESSION
from ._summary import RECORD

_RUN = secrets.token_hex(3)
_COUNTER = itertools.count(1)


def fresh_email(tag: str) -> str:
    """A new, recognisable address: `contract-suite+<run>-<tag>-<n>@example.com`."""
    return f"contract-suite+{_RUN}-{tag}-{next(_COUNTER)}@example.com"


def require(*operation_ids: str) -> None:
    """Skip the calling test when the run does not call one of these operations (and say why)."""
    for operation_id in operation_ids:
        if operation_id not in SELECTED:
            reason = CONTEXT.excluded.get(operation_id, "not in the spec")
            pytest.skip(f"needs {operation_id}, which this run does not call ({reason})")


@dataclass(frozen=True)
class Step:
    """One call: its case (for the links' `$request` expressions) and its answer."""

    operation_id: str
    case: Case[Any]
    response: Response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    def json(self) -> Any:
        return self.response.json()


def call(
    operation_id: str,
    *,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Any = NOT_SET,
    expect: int | Sequence[int] | None = 200,
) -> Step:
    """Call an operation with the run's token, check the answer like every generated case, and assert
    its status (`expect`), naming the operation."""
    operation = SCHEMA.find_operation_by_id(operation_id)
    case = operation.Case(
        path_parameters={k: str(v) for k, v in (path or {}).items()},
        query=dict(query or {}),
        body=body,
        headers={"Authorization": f"Bearer {CONTEXT.token}"},
        media_type="application/json" if body is not NOT_SET else None,
    )
    response = case.call(session=SESSION)
    RECORD.record(LABELS[operation_id], "scenarios", response.status_code)
    try:
        case.validate_response(response)
    except BaseException as exc:
        RECORD.fail(LABELS[operation_id], exc)
        raise
    wanted = (expect,) if isinstance(expect, int) else expect
    if wanted is not None and response.status_code not in wanted:
        expected = " or ".join(map(str, wanted))
        label = LABELS[operation_id]
        raise AssertionError(
            f"{label}: answered {response.status_code}, expected {expected}: {response.text[:300]}"
        )
    return Step(operation_id, case, response)


def follow(
    step: Step,
    target: str,
    *,
    query: Mapping[str, Any] | None = None,
    expect: int | Sequence[int] | None = 200,
) -> Step:
    """Call `target` through the spec's link from `step`'s operation: the read that shows what the step
    did is the one the spec documents. Fails when the spec has no such link."""
    found = [
        link
        for link in links(MODEL, step.operation_id, str(step.status_code)).values()
        if link.get("operationId") == target
    ]
    assert found, f"the spec has no link from {step.operation_id} ({step.status_code}) to {target}"
    output = StepOutput(step.response, step.case)
    operation = SCHEMA.find_operation_by_id(target)
    in_path = {p.name for p in operation.path_parameters}
    path: dict[str, Any] = {}
    linked: dict[str, Any] = {}
    for name, expression in found[0].get("parameters", {}).items():
        location, _, bare = name.rpartition(".")
        value = evaluate(expression, output)
        assert value is not UNRESOLVABLE, (
            f"link {step.operation_id} -> {target}: {name} = {expression} is unresolvable"
        )
        (path if (location or ("path" if bare in in_path else "query")) == "path" else linked)[bare] = value
    body = found[0].get("requestBody", NOT_SET)
    if body is not NOT_SET:
        body = evaluate(body, output, evaluate_nested=True)
    return call(target, path=path, query={**linked, **(query or {})}, body=body, expect=expect)


def member_entry(step: Step, uuid: str) -> dict[str, Any]:
    """The member's entry in `listMembers`, reached through the link from `step` and searched from the
    last page back (new members are listed last), 100 at a time."""
    first_page = follow(step, "listMembers", query={"page": 1, "per_page": 100}).json()["data"]
    for page in range(first_page["last_page"], 0, -1):
        data = (
            first_page
            if page == 1
            else follow(step, "listMembers", query={"page": page, "per_page": 100}).json()["data"]
        )
        for entry in data["members"]:
            if entry["identifier"] == uuid:
                return dict(entry)
    raise AssertionError(f"listMembers: member {uuid} is not listed")


@dataclass
class Member:
    """A member this run signed up (so it may change it), with the passes it gave it."""

    uuid: str
    email: str
    storecard_codes: list[str] = field(default_factory=list)
    coupon_codes: list[str] = field(default_factory=list)


def brand() -> str:
    if not CONTEXT.known.brands:
        pytest.skip("no known brand: give CONTRACT_BRAND_ID")
    return CONTEXT.known.brands[0]


def first(name: str) -> str:
    values: list[str] = getattr(CONTEXT.known, name)
    if not values:
        pytest.skip(f"no known {name} on the server (see the run's notes)")
    return values[0]


def sign_up(count: int = 1, tag: str = "member") -> list[Member]:
    """Fresh members of the run's brand, through `signUpMembers`."""
    require("signUpMembers")
    emails = [fresh_email(tag) for _ in range(count)]
    answer = call(
        "signUpMembers",
        body={
            "brand_id": brand(),
            "users": [{"email": e, "first_name": "Contract", "last_name": tag} for e in emails],
        },
    ).json()
    new = answer["data"]["new"]
    missing = [e for e in emails if e not in new]
    assert not missing, f"signUpMembers: new members missing from `data.new`: {missing}"
    return [Member(new[e], e) for e in emails]


def members_to_act_on(operation_id: str, tag: str) -> list[Member]:
    """Members `operation_id` may act on: two signed up by this run, the first given a storecard pass and a
    coupon pass when the run can; on a read-only run, for a GET only, the server's first member."""
    known, included = CONTEXT.known, set(CONTEXT.included)
    if "signUpMembers" in included:
        members = sign_up(2, tag)
        if {"upsertPasses", "listMemberStorecards"} <= included and known.storecards:
            give_storecard_pass(members[0])
        if "createPassUrl" in included and known.coupons:
            give_coupon_pass(members[0])
        return members
    if SCHEMA.find_operation_by_id(operation_id).method.upper() != "GET" or not known.members:
        pytest.skip(f"{operation_id} needs members of the run's own: writes are not allowed in this run")
    return [
        Member(
            known.members[0],
            known.emails[0],
            storecard_codes=known.storecard_pass_codes[:1],
            coupon_codes=known.pass_codes[:1],
        )
    ]


def give_coupon_pass(member: Member) -> str:
    """A coupon pass for `member` (`createPassUrl`), its code taken from the download link."""
    require("createPassUrl")
    body = {"brand_id": brand(), "email": member.email, "coupon_id": first("coupons"), "status": "active"}
    code = str(call("createPassUrl", body=body).json()["url"]).rstrip("/").rsplit("/", 1)[-1]
    member.coupon_codes.append(code)
    return code


def give_storecard_pass(member: Member, points: int = 0) -> str:
    """A storecard pass for `member` (`upsertPasses`), read back from `listMemberStorecards`."""
    require("upsertPasses", "listMemberStorecards")
    body = {
        "brand_id": brand(),
        "storecard_id": first("storecards"),
        "users": [{"identifier": member.uuid, "points": points}],
    }
    call("upsertPasses", body=body)
    page = call("listMemberStorecards", path={"uuid": member.uuid}, query={"brand_id": brand()}).json()
    codes = [str(item["qr_code"]) for item in page["data"]]
    assert codes, f"listMemberStorecards: no pass after upsertPasses gave member {member.uuid} one"
    member.storecard_codes = codes
    return codes[0]


def example_body(operation_id: str) -> Any:
    """The spec's first example of the operation's JSON request body."""
    op = SCHEMA.find_operation_by_id(operation_id).definition.raw
    media = op["requestBody"]["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]


class Positive:
    """A valid request for an operation: the spec's example, every identifier replaced by the run's own.

    Replaced by field name, wherever it appears: `brand_id`, `coupon_id`, `storecard_id`, `template_id`,
    `location_id`, `organization_id`, `webhook_url`; members (`uuid`, `identifier`, `user_identifier`,
    lists of members) become `members`, their `email`s theirs, new users' emails fresh ones, `pass_code`
    the first member's storecard pass; `qr_code`s of new passes are dropped (the server makes one).
    """

    PRODUCTS: ClassVar[dict[str, str]] = {
        "brand_id": "brands",
        "coupon_id": "coupons",
        "storecard_id": "storecards",
        "storecard": "storecards",
        "template_id": "templates",
        "location_id": "locations",
        "organization_id": "organizations",
    }

    def __init__(self, members: Sequence[Member], webhook_url: str) -> None:
        self.members = list(members)
        self.webhook_url = webhook_url

    def _value(self, name: str) -> str:
        return first(self.PRODUCTS[name]) if name != "brand_id" else brand()

    def parameters(self, operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(path, query) of the operation, its required parameters filled in."""
        member = self.members[0]
        by_name: dict[str, Any] = {
            "brand_id": brand(),
            "uuid": member.uuid,
            "user_identifier": member.uuid,
            "email": member.email,
            "pass_code": next(iter(member.storecard_codes or member.coupon_codes), None),
            "batch_id": CONTEXT.known.batches.get(operation_id),
            "page": 1,
            "per_page": 10,
        }
        operation = SCHEMA.find_operation_by_id(operation_id)
        path, query = {}, {}
        for parameter in operation.path_parameters:
            path[parameter.name] = by_name.get(parameter.name) or self._template(parameter.name)
        for parameter in operation.query:
            value = by_name.get(parameter.name)
            if value is not None and (parameter.is_required or parameter.name in ("brand_id", "email")):
                query[parameter.name] = value
        return path, query

    def _template(self, name: str) -> str:
        if name == "id":
            return first("templates")
        pytest.skip(f"no known value for path parameter {name}")

    def body(self, operation_id: str) -> Any:
        schema = request_schema(MODEL, operation_id)
        if not schema:
            return NOT_SET
        example = example_body(operation_id)
        return self._replace(copy.deepcopy(example), parent=None)

    def _replace(self, node: Any, parent: str | None) -> Any:
        if isinstance(node, list):
            if parent in ("users", "email") and all(isinstance(v, str) for v in node):
                return [m.uuid if parent == "users" else m.email for m in self.members]
            return [self._item(i, v, parent) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key == "qr_code":
                continue
            if key in self.PRODUCTS:
                out[key] = self._value(key)
            elif key == "webhook_url":
                out[key] = self.webhook_url
            elif key == "identifier":
                out[key] = self.members[0].uuid
            elif key == "email" and isinstance(value, str):
                out[key] = self.members[0].email
            elif key == "pass_code":
                codes = self.members[0].storecard_codes or self.members[0].coupon_codes
                if not codes:
                    continue
                out[key] = codes[0]
            else:
                out[key] = self._replace(value, key)
        return out

    def _item(self, index: int, value: Any, parent: str | None) -> Any:
        replaced = self._replace(value, parent)
        if isinstance(replaced, dict) and "identifier" in replaced:
            replaced["identifier"] = self.members[index % len(self.members)].uuid
        if isinstance(replaced, dict) and "email" in replaced and parent == "users":
            replaced["email"] = fresh_email("user")
        return replaced
