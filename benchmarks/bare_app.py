"""The baseline of `make bench-mock`: a bare Starlette endpoint on uvicorn that returns fixed bytes.

It answers `GET /members/list` with the body the mock gave for the benchmark request, with the same
server stack (uvicorn, uvloop, httptools, one process, no access log), so that the ratio measures what
the mock's own work (routing, auth, validation, state, serialisation) costs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def app_returning(body: bytes) -> Starlette:
    async def endpoint(request: Request) -> Response:
        return Response(body, 200, media_type="application/json")

    return Starlette(routes=[Route("/members/list", endpoint)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--body", type=Path, required=True, help="file holding the response body")
    args = parser.parse_args()
    app = app_returning(args.body.read_bytes())
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
