"""speclint: the WalletApp spec's own rules, beyond what Spectral and Redocly check.

For every operation: a verb-first camelCase operationId, one tag, a summary, a security requirement
naming a scope, a JSON success response with a schema, an example on every request body and success
response. Everywhere: examples valid against their schemas and realistic, every $ref resolving, every
component used; plus openapi-spec-validator's structural check. It reads the spec through
:mod:`walletapp_tools.spec`, as every other tool does. Run it with
`python -m walletapp_tools.speclint SPEC`; to add a rule, add a module with a `check_*` function
yielding `Finding`s and call it from `_lint.lint_spec`.
"""

from ._finding import Finding
from ._lint import lint_spec

__all__ = ["Finding", "lint_spec"]
