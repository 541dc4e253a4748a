"""Plays the system browser for the single sign-on tests (run as ``$BROWSER``, as
``webbrowser`` does): follows the sign-in from the address it is given, logs in at the IdP's
form as ``$SSO_TEST_USER`` / ``$SSO_TEST_PASSWORD``, and writes the page it ends on (status,
then body) to ``$SSO_TEST_PAGE``."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import httpx


def follow(url: str, user: str, password: str) -> httpx.Response:
    with httpx.Client(follow_redirects=False, timeout=30) as http:
        response = http.get(url)
        for _ in range(10):
            form = re.search(r'name="transaction_id" value="([^"]+)"', response.text)
            if response.status_code == 200 and form:
                fields = {"transaction_id": form[1], "username": user, "password": password}
                response = http.post(str(response.url), data=fields)
            elif response.status_code in (302, 303):
                response = http.get(response.headers["location"])
            else:
                return response
    raise RuntimeError("too many redirects")


def main() -> int:
    page = follow(sys.argv[1], os.environ["SSO_TEST_USER"], os.environ["SSO_TEST_PASSWORD"])
    Path(os.environ["SSO_TEST_PAGE"]).write_text(f"{page.status_code}\n{page.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
