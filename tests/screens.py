"""The screens the accessibility tests look at: a desktop window and a phone (real emulation), each in
the light and the dark colour scheme, and the helpers to measure what the visitor sees on them."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image
from playwright.sync_api import Browser, BrowserContext


@dataclass(frozen=True)
class Screen:
    name: str
    scheme: str  # Playwright's color_scheme: "light" or "dark"
    options: dict[str, Any] = field(default_factory=dict)

    def context(self, browser: Browser) -> BrowserContext:
        return browser.new_context(locale="nl-NL", color_scheme=self.scheme, **self.options)

    @property
    def material_scheme(self) -> str:
        return {"light": "default", "dark": "slate"}[self.scheme]


DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 375, "height": 667}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
SCREENS = [
    Screen("desktop-light", "light", DESKTOP),
    Screen("desktop-dark", "dark", DESKTOP),
    Screen("phone-light", "light", PHONE),
    Screen("phone-dark", "dark", PHONE),
    Screen("desktop-forced-colours", "light", {**DESKTOP, "forced_colors": "active"}),
]


def relative_luminance(png: bytes) -> np.ndarray:
    """WCAG relative luminance of every pixel of a screenshot."""
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.float64) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def pixels_changed_with_contrast(before: bytes, after: bytes, ratio: float = 3.0) -> int:
    """How many pixels changed between two screenshots by at least `ratio` (WCAG contrast ratio)."""
    a, b = relative_luminance(before), relative_luminance(after)
    if a.shape != b.shape:
        return a.size
    contrast = (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)
    return int((contrast >= ratio).sum())
