"""The matrix: one row definition per tool (each run on both published files).

=============================  ==========================================================================
tool                           proof
=============================  ==========================================================================
openapi-typescript             types compile under ``tsc --strict`` with every example ``satisfies`` its
                               type; each webhook's body type is exactly its event schema (not ``never``)
@hey-api/openapi-ts            client, SDK and types compile with the examples' type test; no generated
                               name made unique with a number (``SignUpMembersResponse2``)
orval                          fetch client and models compile with the examples' type test
openapi-zod-client             zod schemas compile; every example parses with its schema at run time
datamodel-code-generator       pydantic v2 models; every example validates in strict mode (3.0:
                               ``--strict-nullable``)
openapi-generator python       package imports; every example deserializes (responses via ``ApiClient``)
openapi-generator java         default library (okhttp-gson) generates with the Java flags; not
                               compilable offline
openapi-generator java native  compiles with javac; every example deserializes through the client's
                               two ObjectMappers (the Java flags and null setting: ``_java.py``)
openapi-generator validate     no error, warning or recommendation (unused models included)
=============================  ==========================================================================
"""

from __future__ import annotations

from ._java import java_default, java_native, openapi_generator_validate
from ._matrix import Row
from ._python import datamodel_code_generator, openapi_generator_python
from ._tools import npm_version, pypi_version
from ._typescript import hey_api, openapi_typescript, openapi_zod_client, orval

_OPENAPI_GENERATOR = pypi_version("openapi-generator-cli")

ROWS: tuple[Row, ...] = (
    Row("openapi-typescript", npm_version("openapi-typescript"), openapi_typescript, "openapi-typescript"),
    Row("@hey-api/openapi-ts", npm_version("@hey-api/openapi-ts"), hey_api, "hey-api"),
    Row("orval", npm_version("orval"), orval, "orval"),
    Row("openapi-zod-client", npm_version("openapi-zod-client"), openapi_zod_client, "zod"),
    Row(
        "datamodel-code-generator",
        pypi_version("datamodel-code-generator"),
        datamodel_code_generator,
        "datamodel-code-generator",
    ),
    Row("openapi-generator python", _OPENAPI_GENERATOR, openapi_generator_python, "oag-python"),
    Row("openapi-generator java", _OPENAPI_GENERATOR, java_default, "oag-java"),
    Row("openapi-generator java native", _OPENAPI_GENERATOR, java_native, "oag-java-native"),
    Row("openapi-generator validate", _OPENAPI_GENERATOR, openapi_generator_validate, "oag-validate"),
)
