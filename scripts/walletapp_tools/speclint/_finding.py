"""One problem found in a spec, printed as one line that says where to look."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """`where` names the operation (`GET /members/list (listMembers)`) or component
    (`components/schemas/Member`); `pointer` is the JSON pointer (`#/paths/...`) of the offending node."""

    where: str
    pointer: str
    message: str

    def line(self) -> str:
        return f"{self.where}: {self.pointer}: {self.message}"
