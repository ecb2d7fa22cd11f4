"""openapi-python-client, plus the SDK: ``python -m walletapp_tools.generate._sdk generate [options]``.

The generator renders a fixed set of files from a parse that keeps only the Python side of the spec.
The SDK (``walletapp_client.WalletApp``, its namespaces, pagination, batches, webhooks) needs files the
generator has no slot for, and facts its parse drops (abilities, ``x-walletapp-*`` extensions, links,
webhooks). So this runs the generator's own command line unchanged, with one difference: the project it
builds is an :class:`SdkProject`. That project keeps the spec it was given and, after the generator's
own files, renders every ``sdk/**.jinja`` template of the custom template folder into the package, with
the generator's own Jinja environment (its filters and globals) plus the global ``sdk``
(:class:`._sdk_spec.SdkSpec`). The generator's post-hooks (ruff) then run over everything.

A template whose path contains ``{tag}`` is rendered once per tag, with ``tag`` set. Every template,
the generator's included, sees ``sdk`` (None when the spec asks for something the SDK cannot generate;
the run then fails with that reason).

The one seam into the generator is ``openapi_python_client._get_project_for_url_or_path``, the function
``generate`` calls to read the document and build its project (generator version pinned by uv.lock;
tests/generated/ and tests/sdk/ fail if it moves).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openapi_python_client
from openapi_python_client import Project, cli
from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

from ._sdk_spec import SdkSpec, SdkSpecError

SDK_TEMPLATES = "sdk/"
TAG = "{tag}"


class SdkProject(Project):
    """The generator's project, rendering the SDK's templates too (see the module docstring)."""

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        custom_template_path: Path | None = None,
        document: dict[str, Any],
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=custom_template_path)
        self.sdk: SdkSpec | None = None
        try:
            self.sdk = SdkSpec(document, openapi)
        except SdkSpecError as error:
            self.errors.append(GeneratorError(level=ErrorLevel.ERROR, header="SDK", detail=str(error)))
        self.env.globals["sdk"] = self.sdk

    def _build_api(self) -> None:
        super()._build_api()
        if self.sdk is not None:
            self._build_sdk()

    def _build_sdk(self) -> None:
        for name in sorted(self.env.list_templates(filter_func=_is_sdk_template)):
            template = self.env.get_template(name)
            relative = name.removeprefix(SDK_TEMPLATES).removesuffix(".jinja")
            if TAG in relative:
                for tag in self.openapi.endpoint_collections_by_tag:
                    self._write(relative.replace(TAG, tag), template.render(tag=tag))
            else:
                self._write(relative, template.render())

    def _write(self, relative: str, text: str) -> None:
        path = self.package_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding=self.config.file_encoding)


def _is_sdk_template(name: str) -> bool:
    return name.startswith(SDK_TEMPLATES) and name.endswith(".jinja")


def _project(config: Config, custom_template_path: Path | None = None) -> Project | GeneratorError:
    """openapi_python_client's own project builder, keeping the document for the SDK's facts."""
    try:
        document = json.loads(Path(config.document_source).read_bytes())
    except (OSError, ValueError) as error:
        return GeneratorError(header="Could not read the OpenAPI document (JSON expected)", detail=str(error))
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return openapi
    return SdkProject(
        openapi=openapi, config=config, custom_template_path=custom_template_path, document=document
    )


def main() -> None:
    """The generator's command line, building an :class:`SdkProject`."""
    openapi_python_client._get_project_for_url_or_path = _project
    cli.app()


if __name__ == "__main__":
    main()
