"""Breaking-change check of the contract against the last released one, with a generated changelog.

``make check-breaking`` compares ``openapi/walletapp.yaml`` with the highest
``openapi/released/walletapp-<version>.yaml``, prints every change as a Markdown CHANGELOG section
(also written to ``build/CHANGELOG.section.md``) and fails on a breaking change unless
``info.version``'s major number went up. ``info.version`` must be a semantic version and never go down.

Why our own: oasdiff (the reference) is a Go binary with no PyPI/npm package and cannot be downloaded
here; ``@pb33f/openapi-changes`` 0.0.67 (npm) downloads that Go binary from GitHub in its postinstall
and fails offline; ``@useoptic/optic`` 1.0.9 (npm) installs but crashes on start (``SyntaxError`` in
the ajv code its bundled spectral-core generates), on 2026-11-22.

Rules (identifier, breaking?), in the spirit of github/rest-api-description's
``openapi_breaking_changes.py``:

==========================  ========  =====================================================
rule                        breaking  case
==========================  ========  =====================================================
operation-removed           yes       operation, webhook or callback gone
operation-moved             yes       same operationId, other method or path
operation-id-changed        yes       same method and path, new operationId
ability-changed             yes       required abilities (security scopes) changed
parameter-removed           yes       a parameter gone
new-required-input          yes       new required parameter/body/field, or made required
request-field-removed       yes       a request body property gone
request-body-removed        yes       request body or one of its media types gone
type-narrowed               input     a type no longer accepted (``[string, 'null']`` -> ``string``)
type-widened                output    a response JSON type that may surprise (``integer`` -> ``number``,
                                      a union that may now be ``null``)
enum-narrowed               input     an accepted value removed, or a new ``enum``/``const``
constraint-tightened        input     lower max*/higher min*, new or changed pattern/format; on answers
                                      listed, not breaking
constraint-changed          input     a reshaped request schema whose old values cannot be generated
                                      (an unknown format), so containment is not proven
response-field-removed      yes       a response property gone
response-field-optional     yes       a required response property made optional
response-status-removed     2xx/3xx   a documented success response gone
response-media-removed      yes       a response media type gone
operation-added             no        new operation, webhook or callback
parameter-added             no        new optional parameter or request body
parameter-optional          no        a required parameter made optional
field-added                 no        new optional request field, new response field
enum-widened                no        values added (clients must accept unknown values)
constraint-loosened         no        the opposite of constraint-tightened; on answers too (format,
                                      pattern or enum dropped, an open union): rule 2 of DISCREPANCIES.md
response-status-added       no        new response status
media-type-added            no        new media type
deprecated                  no        operation newly deprecated
summary-changed             no        operation summary reworded
==========================  ========  =====================================================

"input"/"output" mean breaking on the side where clients send (parameters, request bodies, webhook
responses) or receive (responses, webhook and callback payloads) the value.

A scalar schema whose shape changed (a union introduced, removed or grown: ``format: date`` becoming
``anyOf: [date-time, pattern]``) is compared by the values it admits (``_values``): on a request, values
generated from the old schema (hypothesis, derandomized) must all be accepted by the new one, else the
first that is not is shown as a counterexample.

Known limits: descriptions and examples are not compared; ``allOf`` is merged before comparing;
``oneOf``/``anyOf`` branches of equal count are compared by position; ``not``/``if``/``patternProperties``/
discriminator mappings, headers, links and server changes are not compared; a path parameter renamed
in place is seen as a parameter removed plus one added; only local ``$ref``s are followed.
"""

from ._changelog import render_section
from ._check import Report, check, compare
from ._cli import main
from ._model import BreakingCheckError, Change

__all__ = ["BreakingCheckError", "Change", "Report", "check", "compare", "main", "render_section"]
