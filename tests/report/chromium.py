"""How cronica's tests, screenshots and benchmarks start Debian's headless Chromium.

Playwright drives the system browser (`/usr/bin/chromium`, the `chromium` apt package)
instead of downloading its own: never `playwright install`. The flags keep the browser
off the network and quiet.
"""

from __future__ import annotations

from typing import Any

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)  # fmt: skip


def launch_chromium(playwright: Any) -> Any:
    """A headless Chromium browser from a started `sync_playwright()` object."""
    return playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=list(CHROMIUM_ARGS))
