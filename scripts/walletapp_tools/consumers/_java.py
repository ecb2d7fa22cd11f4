"""The Java rows: openapi-generator's ``java`` generator, default library and ``native``.

Only PyPI and the npm registry are reachable here, not Maven Central, so what can be compiled is what
needs no jar from there:

- the default library (``okhttp-gson``) needs okhttp, gson and gson-fire, which no PyPI or npm package
  ships: the row proves it generates without an error and says it was not compiled;
- the ``native`` library (``java.net.http`` and Jackson) needs Jackson, which openapi-generator's own
  jar bundles: the row compiles the client with ``javac`` against that jar (plus a one-annotation
  stand-in for ``javax.annotation.Generated``, checks/Generated.java) and deserializes every example
  with the generated models through the client's own ObjectMapper.

Both rows pass :data:`JAVA_FLAGS`; the native row's check gives the client's mappers the setting
:data:`NULLS_SETTING`. docs/generating-a-client.md tells Java teams the same.
"""

from __future__ import annotations

import json
import os

from ._matrix import Context, Outcome, RowFailed
from ._tools import CHECKS, java, openapi_generator_jar, run

_COMMON = ("--additional-properties", "hideGenerationTimestamp=true")

JAVA_FLAGS = (
    "--import-mappings", "Timestamp=org.openapitools.client.model.Timestamp",
    "--additional-properties", "generateAliasAsModel=true",
)  # fmt: skip
"""What Java teams pass (docs/generating-a-client.md). openapi-generator's Java generators map a type
named ``Timestamp`` to ``java.sql.Timestamp``, so the models that use the contract's ``Timestamp``
import that class and do not compile; mapped back to the generated model (``<model package>.Timestamp``)
they do. ``generateAliasAsModel``: the list branch of ``UnsubscribeMembersRequest.email`` (named
``UnsubscribeMembersRequestEmailList`` in the published files) becomes a class, so the union of a
list and one address compiles (bundle/_portable.py, ``named_array_branches``)."""

NULLS_SETTING = "setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))"
"""The generated class of a union (``ResponseTimestamp``) refuses ``null`` ("cannot be null") even
where the field may be null (``Pass.expiration_date``); with this ObjectMapper setting a ``null`` leaves
the field null instead. checks/CheckExamples.java applies it."""


def _generate(context: Context, *options: str) -> None:
    run(
        [
            java(), "-jar", openapi_generator_jar(), "generate",
            "-i", context.published.path.resolve(), "-g", "java", "-o", "out", *_COMMON, *JAVA_FLAGS,
            *options,
        ],
        context.work,
        "openapi-generator generate -g java " + " ".join((*JAVA_FLAGS, *options)),
    )  # fmt: skip


def java_default(context: Context) -> Outcome:
    _generate(context)
    sources = sum(1 for _ in (context.work / "out" / "src" / "main").rglob("*.java"))
    return Outcome(
        0,
        [
            f"library okhttp-gson, {' '.join(JAVA_FLAGS)}: {sources} classes generated, not compiled: "
            "okhttp, gson and gson-fire come only from Maven Central (unreachable here); the native row "
            "compiles"
        ],
    )


def java_native(context: Context) -> Outcome:
    work = context.work
    _generate(context, "--library", "native", "--additional-properties", "openApiNullable=false")
    sources = sorted(str(path) for path in (work / "out" / "src" / "main").rglob("*.java"))
    sources += [str(CHECKS / "Generated.java"), str(CHECKS / "CheckExamples.java")]
    (work / "sources.txt").write_text("\n".join(sources) + "\n", encoding="utf-8")
    jar = openapi_generator_jar()
    run([java("javac"), "-nowarn", "-d", "classes", "-cp", jar, "@sources.txt"], work, "javac")
    output = run(
        [java(), "-cp", f"classes{os.pathsep}{jar}", "CheckExamples", context.published.examples_json],
        work,
        "deserialize examples",
    )
    result = json.loads(output.strip().splitlines()[-1])
    notes = [
        f"library native, openApiNullable=false, {' '.join(JAVA_FLAGS)}: {len(sources) - 2} classes "
        "compiled by javac against the Jackson in openapi-generator's jar; every example through the "
        f"ApiClient's ObjectMapper and the stricter JSON one, both with {NULLS_SETTING}"
    ]
    if result["no_model"]:
        notes.append(f"no model class for {', '.join(result['no_model'])} (a plain type)")
    return Outcome(int(result["checked"]), notes)


KNOWN_FALSE_POSITIVES = {
    "The 'nullable' attribute was removed in OpenAPI 3.1": (
        "3.1: the file has no `nullable`; the generator's parser says so of its own rewrite of "
        "`oneOf: [$ref, {type: 'null'}]` (the same file with those branches removed has no warning), "
        "and reads the field as nullable (the python and java rows deserialize null there)"
    ),
}


def openapi_generator_validate(context: Context) -> Outcome:
    """``validate --recommend`` finds nothing, apart from :data:`KNOWN_FALSE_POSITIVES` (each named)."""
    output = run(
        [
            java(),
            "-jar",
            openapi_generator_jar(),
            "validate",
            "-i",
            context.published.path.resolve(),
            "--recommend",
        ],
        context.work,
        "openapi-generator validate",
    )
    findings = [line.strip()[2:] for line in output.splitlines() if line.strip().startswith("- ")]
    known = [
        reason for text, reason in KNOWN_FALSE_POSITIVES.items() if any(f.startswith(text) for f in findings)
    ]
    unknown = [f for f in findings if not any(f.startswith(text) for text in KNOWN_FALSE_POSITIVES)]
    if unknown or ("No validation issues detected" not in output and not findings):
        raise RowFailed("openapi-generator validate --recommend: " + "; ".join(unknown or [output.strip()]))
    return Outcome(0, ["no error, warning or recommendation (no unused model)", *known])
