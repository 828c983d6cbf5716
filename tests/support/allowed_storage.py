"""The browser storage the site may use, read from allowed_storage.yml and validated when read."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

ALLOWED_STORAGE_FILE = Path(__file__).with_name("allowed_storage.yml")


class StorageKey(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    storage: Literal["localStorage", "sessionStorage", "indexedDB", "CacheStorage"]
    key: str = Field(min_length=1)
    what: str = Field(min_length=1)
    reason: str = Field(min_length=1)

    @property
    def entry(self) -> str:
        """As the privacy test lists what it found in the browser: `<storage> <key>`."""
        return f"{self.storage} {self.key}"


class AllowedStorage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    allowed: list[StorageKey]


def allowed_storage(path: Path = ALLOWED_STORAGE_FILE) -> list[StorageKey]:
    """Every allowed key; a malformed file fails with one line naming the file and what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: not valid YAML: {' '.join(str(error).split())}") from None
    try:
        return AllowedStorage.model_validate(data).allowed
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, problem['loc'])) or 'top level'}: {problem['msg']} (got {problem['input']!r})"
            for problem in error.errors(include_url=False)
        )
        raise ValueError(f"{path}: {problems}") from None
