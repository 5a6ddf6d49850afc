"""Browser test fixtures: Playwright driving Debian's Chromium, with axe-core checks.

The browser is never downloaded: the tests use the system Chromium (EMN_CHROMIUM, default
/usr/bin/chromium). Without it the browser tests are skipped with a message naming it, except
when REQUIRE_BROWSER is set (as under CI), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("EMN_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("EMN_SCREENSHOTS", "var/screenshots"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BLOCKING_IMPACTS = {"serious", "critical"}


def _require_browser() -> None:
    if Path(CHROMIUM).exists():
        return
    message = f"browser tests need Chromium at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    _require_browser()
    # Playwright's sync API runs an event loop in this thread; the tests still use the ORM.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# Every browser test module uses these marks: a live server needs committed data, and the
# flush at the end of each test is undone for the rows migrations loaded.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    from emn.core.testing.reference import ensure_reference_data

    ensure_reference_data()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under var/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def assert_accessible(page: Any) -> None:
    """Run axe-core on the page; fail on any serious or critical violation, listing them."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    violations = results.response.get("violations", [])
    blocking = [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]
    details = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in blocking
    )
    assert not blocking, f"axe-core found serious accessibility problems on {page.url}:\n{details}"


def login(page: Any, email: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").last.click()
    page.wait_for_load_state()
