"""Documents in files: reading YAML or JSON into JSON values, writing them back, replacing files atomically.

Every tool reads and writes through here. Files ending in ``.json`` are JSON, everything else is YAML
(a superset of JSON) read with the YAML 1.2 core schema (:mod:`._yaml`). Whatever the format, the
result is checked to lie in the JSON data model (:mod:`._json`), so a tool sees the same values
whichever format its input used, and within the bounds of :mod:`._limits` (size, depth, nodes). Every
problem is a :class:`SpecError` of one line naming the file and the line or JSON pointer.

Files are replaced, never written through: an output that is a symbolic link, a pipe or anything but a
regular file is refused rather than replaced by a regular file, and a replaced file keeps its mode.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any, Literal

import yaml

from ._errors import SpecError
from ._json import JSONValue, json_clone
from ._limits import MAX_DEPTH, MAX_INPUT_BYTES
from ._yaml import LimitExceeded, dump_yaml, load_yaml

Format = Literal["yaml", "json"]


def format_for(path: str | os.PathLike[str]) -> Format:
    """JSON for a ``.json`` file name, YAML otherwise."""
    return "json" if str(path).lower().endswith(".json") else "yaml"


_TOO_LARGE = f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB, the most the tools read"


def read_text(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of ``path``, read up to :data:`MAX_INPUT_BYTES` (a pipe or ``/dev/zero`` too);
    raises :class:`SpecError` naming the file."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise SpecError(f"{path}: {_TOO_LARGE}")
        return data.decode("utf-8")
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SpecError(f"{path}: is a directory, not a file") from None
    except UnicodeDecodeError as error:
        raise SpecError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise SpecError(f"{path}: cannot read: {error.strerror}") from None


def _yaml_problem(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "syntax error"
        context = f" ({error.context})" if error.context and error.problem else ""
        return f"{problem}{context}{where}"
    return str(error)


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def parse_document(text: str, source: str, fmt: Format = "yaml") -> JSONValue:
    """Parse ``text`` (named ``source`` in errors) into a fresh JSON value."""
    if len(text) > MAX_INPUT_BYTES:
        raise SpecError(f"{source}: {_TOO_LARGE}")
    if fmt == "json":
        try:
            value: Any = json.loads(text, object_pairs_hook=_no_duplicate_keys)
        except json.JSONDecodeError as error:
            raise SpecError(
                f"{source}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
            ) from None
        except _DuplicateKeyError as error:
            raise SpecError(f"{source}: not valid JSON: duplicate key {error.key!r}") from None
        except RecursionError:
            # json's C parser gives up near Python's recursion limit, long past MAX_DEPTH.
            raise SpecError(f"{source}: nested deeper than {MAX_DEPTH} levels") from None
    else:
        try:
            value = load_yaml(text)
        except LimitExceeded as error:
            mark = error.problem_mark
            where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
            raise SpecError(f"{source}: {error.problem}{where}") from None
        except yaml.YAMLError as error:
            raise SpecError(f"{source}: not valid YAML: {_yaml_problem(error)}") from None
    if value is None:
        raise SpecError(f"{source}: the document is empty")
    return json_clone(value, source)


def load_document(path: str | os.PathLike[str]) -> JSONValue:
    """Read a YAML or JSON file; bad input raises :class:`SpecError` naming the file."""
    return parse_document(read_text(path), str(path), format_for(path))


def dump_document(document: JSONValue, fmt: Format = "yaml") -> str:
    """Serialise ``document`` deterministically, keeping key order; the text ends with a newline."""
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    return dump_yaml(document)


def _kept_mode(path: Path) -> int:
    """The mode the new ``path`` gets: the old file's, or 644 for a new file. Anything but a regular
    file is refused (``OSError``): replacing a link, a pipe or a device by a regular file would break
    what the user set up, and writing through a link could change a file elsewhere."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return 0o644
    if stat.S_ISREG(status.st_mode):
        return stat.S_IMODE(status.st_mode)
    if stat.S_ISLNK(status.st_mode):
        what = "a symbolic link; it is not followed nor replaced (write to the file it points to)"
    elif stat.S_ISDIR(status.st_mode):
        what = "a directory"
    elif stat.S_ISFIFO(status.st_mode):
        what = "a named pipe, not a regular file; it is not replaced (write to - and redirect)"
    else:
        what = "not a regular file; it is not replaced"
    raise OSError(errno.EEXIST, f"is {what}", str(path))


def replace_file(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` through a temporary sibling, keeping the
    mode of the file it replaces (644 for a new one).

    A reader never sees half a file and a failed run leaves the previous file in place. The rename
    replaces the name itself, never what a link there points to. ``OSError`` propagates, so that each
    tool words the error its own way.
    """
    mode = _kept_mode(path)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_document(document: JSONValue, path: str | os.PathLike[str]) -> None:
    """Write ``document`` to ``path`` (format from its name; ``-`` is standard output, as YAML),
    replacing the file atomically; raises :class:`SpecError` naming the file."""
    if str(path) == "-":
        sys.stdout.write(dump_document(document, "yaml"))
        return
    text = dump_document(document, format_for(path))
    try:
        replace_file(Path(path), text)
    except OSError as error:
        raise SpecError(f"{path}: cannot write: {error.strerror or error}") from None
