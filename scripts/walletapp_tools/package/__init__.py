"""Packages other teams install instead of copying files (``make packages``), built into dist/.

- ``walletapp-openapi-<version>.tgz`` (:mod:`._npm`): an npm package with the OpenAPI 3.1 (YAML,
  JSON) and 3.0 files, the TypeScript types openapi-typescript generated (``walletapp.d.ts``) and an
  ``index.js``/``index.d.ts`` exporting the files' paths and re-exporting the types;
- ``walletapp_client-<version>-py3-none-any.whl`` and ``.tar.gz`` (:mod:`._python`): the generated
  Python client, built by ``uv build``.

The version is the contract's ``info.version``. Builds are byte-for-byte reproducible (``npm pack``
writes fixed times and owners, uv_build normalises them; ``SOURCE_DATE_EPOCH`` is set for both), and
``SHA256SUMS`` lists the packages after the bundle's files (:mod:`._sums`).
"""

from ._build import build_packages
from ._cli import main
from ._run import PackageError

__all__ = ["PackageError", "build_packages", "main"]
